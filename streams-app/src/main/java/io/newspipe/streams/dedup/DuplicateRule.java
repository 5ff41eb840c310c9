package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * The near-duplicate decision for one candidate pair, shared by the in-memory index and the Kafka
 * processors so both decide identically: a duplicate when the estimated Jaccard similarity reaches
 * {@link DedupConfig#jaccardThreshold()}, or when the shorter text (with at least
 * {@link DedupConfig#minShinglesForContainment()} shingles) is contained in the longer one to
 * {@link DedupConfig#containmentThreshold()} (a trimmed or extended syndicated copy), and in either
 * case only when their numbers agree ({@link NumberSketch#agreesWith}): template briefs of one site share
 * their wording but not their figures. Immutable and thread-safe.
 */
public final class DuplicateRule {
    private final DedupConfig config;

    public DuplicateRule(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The similarity to report when {@code a} and {@code b} are duplicates, or a negative number when not. */
    public double duplicateSimilarity(MinHashSignature a, MinHashSignature b) {
        if (!a.numbers().agreesWith(b.numbers())) {
            return -1.0;
        }
        double jaccard = Similarity.jaccard(a, b);
        if (jaccard >= config.jaccardThreshold()) {
            return jaccard;
        }
        int smaller = Math.min(a.shingleCount(), b.shingleCount());
        if (smaller >= config.minShinglesForContainment()
                && Similarity.containment(a, b) >= config.containmentThreshold()) {
            return jaccard;
        }
        return -1.0;
    }
}
