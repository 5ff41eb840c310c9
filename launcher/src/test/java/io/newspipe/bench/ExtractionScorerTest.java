package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newspipe.bench.ExtractionScorer.Pair;
import io.newspipe.bench.ExtractionScorer.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {
    private final ExtractionScorer scorer = new ExtractionScorer();

    @Test
    void identicalTextScoresOne() {
        Score s = scorer.score(List.of(new Pair("one two three four five", "one two, three four five!")));

        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void extraBoilerplateCostsPrecisionOnly() {
        // truth: 2 shingles; predicted has 4 (the 2 junk tokens make 2 more across the seam) -> tp 2, fp 2
        Score s = scorer.score(List.of(new Pair("a b c d e", "a b c d e x y")));

        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(2.0 / 4.0, within(1e-9));
    }

    @Test
    void anEmptyPredictionCostsRecallButIsLeftOutOfPrecision() {
        Score s = scorer.score(List.of(new Pair("a b c d", "a b c d"), new Pair("e f g h", "")));

        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }

    @Test
    void shortTextsAreOneShingleAndArabicDiacriticsAndTatweelAreDropped() {
        assertThat(ExtractionScorer.shingles("خبر عاجل")).containsOnlyKeys("خبر عاجل");
        assertThat(ExtractionScorer.tokens("العـــراقُ")).containsExactly("العراق");
        assertThat(ExtractionScorer.tokens("Ёлка 2024 snake_case")).containsExactly("Ёлка", "2024", "snake_case");
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        double[] tpFpFn = ExtractionScorer.counts(ExtractionScorer.shingles("a b c d a b c d"),
                ExtractionScorer.shingles("a b c d"));

        // truth shingles: abcd x2, bcda, cdab, dabc (5); predicted abcd x1 -> tp 1, fn 4
        assertThat(tpFpFn[0]).isCloseTo(0.2, within(1e-9));
        assertThat(tpFpFn[1]).isZero();
        assertThat(tpFpFn[2]).isCloseTo(0.8, within(1e-9));
    }
}
