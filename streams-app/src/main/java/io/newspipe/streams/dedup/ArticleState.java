package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * What the dedup stage keeps per canonical URL in the {@code dedup-articles} store (encoded by
 * {@link DedupStateCodec}): event time of the first version, first 8 bytes of the content hash of the
 * current revision, the revision number, the MinHash signature, the canonical URL (from which the article
 * id is recomputed), and the status: an {@code ORIGINAL} article, a {@code PENDING} one (near-duplicate
 * decision under way in the Kafka topology) or a {@code DUPLICATE} of the article whose id hash is
 * {@code duplicateOfIdHash}. Immutable and thread-safe.
 */
public record ArticleState(long eventTimeMillis, long contentHash64, int revision, MinHashSignature signature,
                           String canonicalUrl, Status status, long duplicateOfIdHash) {

    /** Where the page stands. */
    public enum Status { ORIGINAL, PENDING, DUPLICATE }

    public ArticleState {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(status, "status");
        if (revision < 1) {
            throw new IllegalArgumentException("revision < 1");
        }
        if (status != Status.DUPLICATE) {
            duplicateOfIdHash = 0;
        }
    }

    /** An original article's state. */
    public ArticleState(long eventTimeMillis, long contentHash64, int revision, MinHashSignature signature,
                        String canonicalUrl) {
        this(eventTimeMillis, contentHash64, revision, signature, canonicalUrl, Status.ORIGINAL, 0);
    }

    /** The state of a first version, as an original. */
    public static ArticleState first(long eventTimeMillis, Fingerprint fingerprint, String canonicalUrl) {
        return new ArticleState(eventTimeMillis, fingerprint.contentHash64(), 1, fingerprint.signature(), canonicalUrl);
    }

    /** This state with another status ({@code duplicateOfIdHash} only kept for DUPLICATE). */
    public ArticleState withStatus(Status newStatus, long duplicateOf) {
        return new ArticleState(eventTimeMillis, contentHash64, revision, signature, canonicalUrl, newStatus, duplicateOf);
    }

    /** The article id, recomputed from the canonical URL. */
    public String articleId() {
        return ArticleIds.idOf(canonicalUrl);
    }
}
