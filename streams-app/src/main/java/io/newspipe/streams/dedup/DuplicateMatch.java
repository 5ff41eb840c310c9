package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * The article a new text duplicates: its id, event time, the estimated similarity (1 for exact copies)
 * and the method, {@code exact_copy} or {@code near_duplicate} (the values of DuplicateNotice.method).
 *
 * <p>Immutable and thread-safe.
 */
public record DuplicateMatch(String articleId, long eventTimeMillis, double similarity, String method) {
    public static final String EXACT_COPY = "exact_copy";
    public static final String NEAR_DUPLICATE = "near_duplicate";
    public static final String SAME_URL = "same_url";

    public DuplicateMatch {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(method, "method");
    }
}
