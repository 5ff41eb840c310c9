package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @Test
    void arabicTextIsRightToLeftAndEnglishLeftToRight() {
        assertThat(TextDirection.of("قال الوزير إن المحادثات ستستأنف", "ltr")).isEqualTo("rtl");
        assertThat(TextDirection.of("The minister said talks would resume", "rtl")).isEqualTo("ltr");
        assertThat(TextDirection.of("2024 — 17:30", "rtl")).isEqualTo("rtl");
    }

    /** The early stop gives the verdict of reading all the first 4,000 characters. */
    @Property(tries = 500)
    void stoppingEarlyGivesTheFullScansVerdict(@ForAll("mixedScripts") String text) {
        assertThat(TextDirection.of(text, "declared")).isEqualTo(fullScan(text, "declared"));
    }

    /** Any characters, the table's range (below U+0800) and above it: each counted as getDirectionality says. */
    @Property(tries = 3000)
    void anyCharactersGiveTheFullScansVerdict(@ForAll @net.jqwik.api.constraints.StringLength(max = 12) String text) {
        assertThat(TextDirection.of(text, "declared")).isEqualTo(fullScan(text, "declared"));
    }

    @Property(tries = 3000)
    void charactersBelowU0800GiveTheFullScansVerdict(@ForAll @net.jqwik.api.constraints.StringLength(max = 3)
            @net.jqwik.api.constraints.CharRange(from = '\u0080', to = '\u07FF') String text) {
        assertThat(TextDirection.of(text, "declared")).isEqualTo(fullScan(text, "declared"));
    }

    /** Two runs of different scripts: the verdict is settled around where the sample's letters tip over. */
    @Property(tries = 500)
    void runsOfTwoScriptsGiveTheFullScansVerdict(@ForAll("runs") String text) {
        assertThat(TextDirection.of(text, "declared")).isEqualTo(fullScan(text, "declared"));
    }

    @Provide
    Arbitrary<String> runs() {
        Arbitrary<String> run = Arbitraries.of("ab ", "تب ", "12 ", "שׁל").flatMap(unit ->
                Arbitraries.integers().between(0, 1500).map(unit::repeat));
        return Arbitraries.strings().ofLength(0).flatMap(x -> run.list().ofMinSize(1).ofMaxSize(3))
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mixedScripts() {
        Arbitrary<Character> latin = Arbitraries.chars().range('a', 'z');
        Arbitrary<Character> arabic = Arbitraries.chars().range('\u0627', '\u064A');
        Arbitrary<Character> hebrew = Arbitraries.chars().range('\u05D0', '\u05EA');
        Arbitrary<Character> neutral = Arbitraries.of(' ', '1', '.', ',', '\u00A0', '\u200F');
        Arbitrary<Character> accented = Arbitraries.chars().range('\u00C0', '\u00FF');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, latin), net.jqwik.api.Tuple.of(4, arabic),
                        net.jqwik.api.Tuple.of(1, hebrew), net.jqwik.api.Tuple.of(3, neutral),
                        net.jqwik.api.Tuple.of(1, accented))
                .list().ofMaxSize(6000)
                .map(cs -> {
                    StringBuilder b = new StringBuilder(cs.size());
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    /** The rule read to the end of the sample, as it was before the early stop. */
    private static String fullScan(String text, String declared) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < Math.min(text.length(), 4000); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
        }
        return rtl + ltr == 0 ? declared : rtl > ltr ? "rtl" : "ltr";
    }
}
