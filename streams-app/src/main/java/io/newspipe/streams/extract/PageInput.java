package io.newspipe.streams.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * A raw page as the extractor sees it: bytes as served and what the HTTP response said of them.
 *
 * @param url the page URL (final URL after redirects when known)
 * @param body the body bytes as served
 * @param contentType the Content-Type header, or null
 * @param fetchedAt when it was fetched
 */
public record PageInput(String url, byte[] body, String contentType, Instant fetchedAt) {
    public PageInput {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
