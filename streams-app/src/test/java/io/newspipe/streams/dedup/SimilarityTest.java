package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void identicalSignaturesAreFullySimilar() {
        MinHashSignature a = new MinHashSignature(new int[] {1, 2, 3, 4}, 16, 10);
        assertThat(Similarity.jaccard(a, a)).isEqualTo(1.0);
        assertThat(Similarity.containment(a, a)).isEqualTo(1.0);
    }

    @Test
    void correctsForChanceAgreementOfShortValues() {
        MinHashSignature a = new MinHashSignature(new int[] {1, 2, 3, 4}, 8, 10);
        MinHashSignature b = new MinHashSignature(new int[] {1, 2, 9, 9}, 8, 10);
        double chance = 1 / 256.0;
        assertThat(Similarity.jaccard(a, b)).isCloseTo((0.5 - chance) / (1 - chance), within(1e-9));
    }

    @Test
    void containmentOfAShortTextInALongOne() {
        // J = 0.5 with |A| = 100, |B| = 200 → |A ∩ B| = 100: A is fully contained in B.
        MinHashSignature a = new MinHashSignature(new int[] {1, 2, 3, 4}, 32, 100);
        MinHashSignature b = new MinHashSignature(new int[] {1, 2, 7, 8}, 32, 200);
        assertThat(Similarity.jaccard(a, b)).isEqualTo(0.5);
        assertThat(Similarity.containment(a, b)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void emptyOrMismatchedSignaturesAreNotSimilar() {
        MinHashSignature a = new MinHashSignature(new int[] {1, 2}, 16, 0);
        MinHashSignature b = new MinHashSignature(new int[] {1, 2}, 16, 5);
        MinHashSignature c = new MinHashSignature(new int[] {1, 2, 3}, 16, 5);
        assertThat(Similarity.jaccard(a, b)).isZero();
        assertThat(Similarity.jaccard(b, c)).isZero();
    }

    @Test
    void estimatesRealTexts() {
        TextFingerprinter f = new TextFingerprinter(DedupConfig.defaults());
        double copy = Similarity.jaccard(f.fingerprint(DedupFixtures.STORY).signature(),
                f.fingerprint(DedupFixtures.COPY_WITH_BOILERPLATE).signature());
        double other = Similarity.jaccard(f.fingerprint(DedupFixtures.STORY).signature(),
                f.fingerprint(DedupFixtures.OTHER_STORY_SAME_EVENT).signature());
        assertThat(copy).isGreaterThan(0.7);
        assertThat(other).isLessThan(0.15);
    }
}
