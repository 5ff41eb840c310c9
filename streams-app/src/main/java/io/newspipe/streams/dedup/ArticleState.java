package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * What the dedup stage keeps per article in the {@code dedup-articles} store (encoded by
 * {@link DedupStateCodec}): event time of the first version, first 8 bytes of the content hash of the
 * current revision, the revision number, the MinHash signature and the canonical URL (from which the
 * article id is recomputed). Immutable and thread-safe.
 */
public record ArticleState(long eventTimeMillis, long contentHash64, int revision, MinHashSignature signature,
                           String canonicalUrl) {
    public ArticleState {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        if (revision < 1) {
            throw new IllegalArgumentException("revision < 1");
        }
    }

    /** The state of a first version. */
    public static ArticleState first(long eventTimeMillis, Fingerprint fingerprint, String canonicalUrl) {
        return new ArticleState(eventTimeMillis, fingerprint.contentHash64(), 1, fingerprint.signature(), canonicalUrl);
    }

    /** The article id, recomputed from the canonical URL. */
    public String articleId() {
        return ArticleIds.idOf(canonicalUrl);
    }
}
