package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * What the partitioned dedup keeps for a URL whose page duplicated another article (store
 * {@code dedup-duplicate-urls}): the original's id hash and canonical URL (the original lives on another
 * partition, so a refetch's notice cannot look it up), the duplicate page's content hash (a refetch with
 * the same content is a {@code same_url} duplicate) and when it was seen. Immutable and thread-safe.
 */
public record DuplicateOf(long originalIdHash, String originalUrl, long contentHash64, long eventTimeMillis) {
    public DuplicateOf {
        Objects.requireNonNull(originalUrl, "originalUrl");
    }
}
