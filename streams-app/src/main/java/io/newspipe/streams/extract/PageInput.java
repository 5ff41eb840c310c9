package io.newspipe.streams.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * A raw page as the extractor sees it: bytes as served and what the HTTP response said of them. The bytes
 * are {@code body[bodyOffset, bodyOffset + bodyLength)}, so a page can be read where it lies in a larger
 * array (a Kafka record's value) without a copy; the array must not be written to while the page is read.
 *
 * <p>Thread-safe to read under that condition; the array is not copied.
 *
 * @param url the page URL (final URL after redirects when known)
 * @param body the array holding the body bytes as served
 * @param bodyOffset where the body starts in {@code body}
 * @param bodyLength how many bytes the body has
 * @param contentType the Content-Type header, or null
 * @param fetchedAt when it was fetched
 */
public record PageInput(String url, byte[] body, int bodyOffset, int bodyLength, String contentType, Instant fetchedAt) {
    public PageInput {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.checkFromIndexSize(bodyOffset, bodyLength, body.length);
    }

    /** A page whose body is the whole array. */
    public PageInput(String url, byte[] body, String contentType, Instant fetchedAt) {
        this(url, body, 0, Objects.requireNonNull(body, "body").length, contentType, fetchedAt);
    }
}
