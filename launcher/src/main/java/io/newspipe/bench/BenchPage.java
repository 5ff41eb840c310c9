package io.newspipe.bench;

import java.util.Objects;

/**
 * One raw page of the generated bench corpus.
 *
 * <p>Thread-safe to read as long as nobody writes to {@code body}, which is not copied.
 *
 * @param url the URL it is published under (the record key)
 * @param body bytes as served
 * @param contentType Content-Type header, or null
 * @param kind what the generator meant it to be
 */
public record BenchPage(String url, byte[] body, String contentType, Kind kind) {
    public BenchPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
    }

    /** The generator's intent; the pipeline decides what each page really is. */
    public enum Kind {
        /** A source page at a new URL with its paragraphs marked, so its content is new. */
        ORIGINAL,
        /** An earlier original's exact bytes at another URL: a syndicated copy. */
        COPY,
        /** An earlier original's URL with changed paragraphs: a revision. */
        REVISION,
        /** An earlier original's URL and bytes again: a re-fetch of an unchanged page. */
        REFETCH
    }
}
