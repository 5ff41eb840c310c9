package io.newspipe.streams.extract;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page's bytes decoded to text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the decoded text (never null; may be empty)
 * @param charset the charset used
 * @param binary true when the bytes are not text at all (image, PDF, compressed data, ...)
 */
public record DecodedPage(String text, Charset charset, boolean binary) {
    public DecodedPage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
