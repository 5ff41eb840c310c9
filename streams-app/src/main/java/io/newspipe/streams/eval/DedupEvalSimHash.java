package io.newspipe.streams.eval;

import io.newspipe.streams.dedup.DedupText;
import io.newspipe.streams.dedup.TextFingerprinter;
import java.util.List;
import java.util.Objects;

/**
 * The alternative fingerprint the evaluation compares MinHash with: a 64-bit SimHash (Charikar) over the
 * same word shingles, duplicates when the Hamming distance is at most a threshold. Immutable and
 * thread-safe.
 */
final class DedupEvalSimHash {
    private final TextFingerprinter shingler;

    DedupEvalSimHash(TextFingerprinter shingler) {
        this.shingler = Objects.requireNonNull(shingler, "shingler");
    }

    long simHash(String bodyText) {
        long[] shingles = shingler.shingleHashes(DedupText.normalise(bodyText));
        int[] votes = new int[64];
        for (long h : shingles) {
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                out |= 1L << bit;
            }
        }
        return out;
    }

    /** Precision/recall counts over the corpus at each Hamming threshold in {@code thresholds}. */
    List<DedupEval.Score> score(List<DedupEvalPair> corpus, int[] thresholds) {
        DedupEval.Score[] scores = new DedupEval.Score[thresholds.length];
        java.util.Arrays.fill(scores, new DedupEval.Score(0, 0, 0, 0));
        for (DedupEvalPair pair : corpus) {
            int distance = Long.bitCount(simHash(pair.a()) ^ simHash(pair.b()));
            for (int i = 0; i < thresholds.length; i++) {
                scores[i] = scores[i].add(pair.label() == 1, distance <= thresholds[i]);
            }
        }
        return List.of(scores);
    }
}
