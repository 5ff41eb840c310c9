package io.newspipe.streams.stage;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.List;

/**
 * The state the dedup stage reads and writes, as key-value maps keyed by 8-byte hashes. Implemented by
 * Kafka Streams state stores in the topology and by maps in tests; free of Kafka types.
 */
public interface DedupState {
    /** The original article with this article-id hash, or null. */
    ArticleState article(long articleIdHash);

    void putArticle(long articleIdHash, ArticleState state);

    /** For a URL judged a duplicate: its article-id hash → the original's article-id hash and content, or null. */
    DuplicateUrl duplicateUrl(long articleIdHash);

    void putDuplicateUrl(long articleIdHash, DuplicateUrl duplicate);

    /** The article-id hash of the first original with this normalised content hash, or null. */
    Long contentOwner(long contentHash64);

    void putContentOwner(long contentHash64, long articleIdHash);

    /** The entries of an LSH band key, earliest first; empty when none. */
    List<BandEntry> band(long bandKey);

    void putBand(long bandKey, List<BandEntry> entries);

    /**
     * A URL whose page duplicated another article.
     *
     * @param originalIdHash article-id hash of the original
     * @param contentHash64 content of the duplicate page, to tell a refetch from a change
     * @param eventTimeMillis when it was seen
     */
    record DuplicateUrl(long originalIdHash, long contentHash64, long eventTimeMillis) {
        /** The 24 bytes a store keeps. */
        public byte[] toBytes() {
            return java.nio.ByteBuffer.allocate(24).putLong(originalIdHash).putLong(contentHash64)
                    .putLong(eventTimeMillis).array();
        }

        public static DuplicateUrl fromBytes(byte[] bytes) {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            return new DuplicateUrl(in.getLong(), in.getLong(), in.getLong());
        }
    }
}
