package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    @Test
    void tokensAreLetterDigitAndUnderscoreRuns() {
        assertThat(ExtractionScorer.tokens("Hello, world_1! ٢٠٢٤ — l'été"))
                .containsExactly("Hello", "world_1", "٢٠٢٤", "l", "été");
    }

    @Test
    void arabicDiacriticsAndTatweelAreDroppedBeforeTokenising() {
        assertThat(ExtractionScorer.tokens("مُحَمَّد في العـــراق")).containsExactly("محمد", "في", "العراق");
    }

    @Test
    void fewerThanFourTokensMakeOneShingle() {
        assertThat(ExtractionScorer.shingles(ExtractionScorer.tokens("a b"))).containsExactlyEntriesOf(
                java.util.Map.of("a b", 1));
        assertThat(ExtractionScorer.shingles(List.of())).isEmpty();
        assertThat(ExtractionScorer.shingles(ExtractionScorer.tokens("a b c d e"))).hasSize(2);
    }

    @Test
    void identicalTextsScoreOne() {
        ExtractionScorer.PageScore s = ExtractionScorer.score("one two three four five", "one two three four five");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void oneChangedTokenAtTheEndCostsOneShingleEachWay() {
        // truth shingles: abcd bcde cdef; predicted: abcd bcde cdex -> tp 2, fp 1, fn 1 (normalised by 4)
        ExtractionScorer.PageScore s = ExtractionScorer.score("a b c d e f", "a b c d e x");
        assertThat(s.tp()).isCloseTo(0.5, within(1e-9));
        assertThat(s.fp()).isCloseTo(0.25, within(1e-9));
        assertThat(s.fn()).isCloseTo(0.25, within(1e-9));
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        // truth has "a b c d" twice (a b c d a b c d: abcd bcda cdab dabc abcd), prediction once
        ExtractionScorer.PageScore s = ExtractionScorer.score("a b c d a b c d", "a b c d");
        assertThat(s.tp()).isCloseTo(1.0 / 5, within(1e-9));
        assertThat(s.fn()).isCloseTo(4.0 / 5, within(1e-9));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void emptyPredictionCostsRecallOnlyAndF1IsOfTheAverages() {
        ExtractionScorer.PageScore half = ExtractionScorer.score("a b c d e", "a b c d");
        ExtractionScorer.PageScore empty = ExtractionScorer.score("a b c d e", "");
        assertThat(half.precision()).isEqualTo(1.0);
        assertThat(half.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(empty.precision()).isNaN();
        ExtractionScorer.Summary summary = ExtractionScorer.summarize(List.of(half, empty));
        assertThat(summary.precision()).isEqualTo(1.0);
        assertThat(summary.recall()).isCloseTo(0.25, within(1e-9));
        assertThat(summary.f1()).isCloseTo(2 * 0.25 / 1.25, within(1e-9));
    }

    @Property
    void tokensMatchTheBenchmarkRegex(@ForAll String text) {
        String sample = text + " مُحَمَّد ـ 日本語 x_y";
        String stripped = sample.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "");
        List<String> expected = new ArrayList<>();
        Matcher m = WORD.matcher(stripped);
        while (m.find()) {
            expected.add(m.group());
        }
        assertThat(ExtractionScorer.tokens(sample)).isEqualTo(expected);
    }
}
