package io.newspipe.bench;

import java.util.Objects;

/**
 * A page the bench corpus is built from: bytes as served and the Content-Type they came with.
 *
 * <p>Thread-safe to read as long as nobody writes to {@code body}, which is not copied.
 *
 * @param url the page's URL
 * @param body the bytes as served
 * @param contentType the Content-Type header, or null
 * @param origin where it came from ({@code aeb}, {@code demo}, {@code folder})
 */
public record SourcePage(String url, byte[] body, String contentType, String origin) {
    public SourcePage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(origin, "origin");
    }
}
