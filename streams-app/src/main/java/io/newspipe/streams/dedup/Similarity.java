package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * Similarity estimates from two {@link MinHashSignature}s: Jaccard similarity of the shingle sets, and
 * containment of the smaller set in the larger one. Stateless and thread-safe.
 */
public final class Similarity {
    private Similarity() {
    }

    /**
     * Estimated Jaccard similarity in [0, 1]: the share of agreeing values, corrected for the chance
     * agreement of b-bit values (2^-b). 0 when either text has no shingle or the signatures differ in shape.
     */
    public static double jaccard(MinHashSignature a, MinHashSignature b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.shingleCount() == 0 || b.shingleCount() == 0 || a.size() != b.size() || a.bits() != b.bits()) {
            return 0.0;
        }
        int[] x = a.rawValues();
        int[] y = b.rawValues();
        int equal = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                equal++;
            }
        }
        double raw = equal / (double) x.length;
        double chance = a.bits() >= 32 ? 0.0 : Math.pow(2, -a.bits());
        return Math.max(0.0, Math.min(1.0, (raw - chance) / (1 - chance)));
    }

    /**
     * Estimated share of the smaller text's shingles found in the larger text, in [0, 1], from the Jaccard
     * estimate and the two shingle counts: |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    public static double containment(MinHashSignature a, MinHashSignature b) {
        double j = jaccard(a, b);
        if (j == 0.0) {
            return 0.0;
        }
        double intersection = j * (a.shingleCount() + b.shingleCount()) / (1 + j);
        return Math.min(1.0, intersection / Math.min(a.shingleCount(), b.shingleCount()));
    }
}
