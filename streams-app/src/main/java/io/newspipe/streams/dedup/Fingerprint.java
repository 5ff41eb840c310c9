package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * Everything dedup derives from one article's normalised body text: the content hash (hex SHA-256, see
 * {@link ArticleIds#contentHash}), the MinHash signature and the LSH band keys (one long per band, band
 * index mixed in, so keys of different bands never collide by construction). Immutable; thread-safe.
 */
public record Fingerprint(String contentHash, MinHashSignature signature, long[] bandKeys) {
    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(signature, "signature");
        bandKeys = Objects.requireNonNull(bandKeys, "bandKeys").clone();
    }

    @Override
    public long[] bandKeys() {
        return bandKeys.clone();
    }

    /** The first 8 bytes of the content hash as a long (what a state store keeps). */
    public long contentHash64() {
        return Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
    }

    /** Whether the text had no shingle at all (empty body): such fingerprints never match. */
    public boolean isEmpty() {
        return signature.shingleCount() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && contentHash.equals(f.contentHash) && signature.equals(f.signature)
                && java.util.Arrays.equals(bandKeys, f.bandKeys);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }
}
