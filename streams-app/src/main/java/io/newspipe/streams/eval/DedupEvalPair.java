package io.newspipe.streams.eval;

import java.util.Objects;

/**
 * One labelled pair of the dedup corpus: {@code label} 1 when {@code b} is a copy, near-duplicate or
 * revision of {@code a}, 0 when it is a different story; {@code kind} says how the pair was made;
 * {@code sameUrl} when {@code b} is a later revision of {@code a} fetched from the same URL (the topology
 * must then emit a revision or a same-URL notice, not a new article).
 *
 * <p>Immutable and thread-safe.
 */
public record DedupEvalPair(String id, String lang, String a, String b, int label, String kind, boolean sameUrl) {
    public DedupEvalPair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label must be 0 or 1");
        }
        if (sameUrl && label != 1) {
            throw new IllegalArgumentException("a same-URL revision is always a duplicate (label 1)");
        }
    }

    /** A pair whose two pages have different URLs. */
    public DedupEvalPair(String id, String lang, String a, String b, int label, String kind) {
        this(id, lang, a, b, label, kind, false);
    }
}
