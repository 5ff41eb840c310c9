package io.newspipe.streams.extract;

import java.util.Objects;

/**
 * A page that is not an article. Reasons are short, stable and machine-readable:
 * {@code not_an_article}, {@code undecodable}, {@code empty}, {@code error_page}, {@code too_large},
 * {@code timeout}, {@code binary}, {@code truncated}, {@code extraction_failed} (an unexpected error, logged).
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason machine-readable cause
 * @param detail human-readable explanation
 */
public record Rejection(String reason, String detail) implements ExtractionOutcome {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
