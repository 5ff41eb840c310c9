package io.newspipe.producer.fetch;

import java.util.Optional;

/**
 * The validators of a previous response, sent back as {@code If-None-Match} and {@code If-Modified-Since}.
 * Immutable.
 *
 * @param etagValue the ETag header as served, or null
 * @param lastModifiedValue the Last-Modified header as served, or null
 */
public record Validators(String etagValue, String lastModifiedValue) {
    public static final Validators NONE = new Validators(null, null);

    public Optional<String> etag() {
        return Optional.ofNullable(etagValue).filter(s -> !s.isBlank());
    }

    public Optional<String> lastModified() {
        return Optional.ofNullable(lastModifiedValue).filter(s -> !s.isBlank());
    }

    /** The validators a response carries. */
    public static Validators of(java.util.Map<String, String> headers) {
        return new Validators(headers.get("etag"), headers.get("last-modified"));
    }

    public boolean isEmpty() {
        return etag().isEmpty() && lastModified().isEmpty();
    }
}
