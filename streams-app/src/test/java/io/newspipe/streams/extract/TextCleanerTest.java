package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void keepsZwnjButDropsOtherZeroWidthAndBidiControls() {
        String persian = "می\u200Cخواهم";
        assertThat(TextCleaner.clean(persian)).isEqualTo(persian);
        assertThat(TextCleaner.clean("\uFEFF\u200Eالعراق\u200B\u200D\u200F\u061C")).isEqualTo("العراق");
        assertThat(TextCleaner.clean("\u202Bعربي\u202C \u2067x\u2069")).isEqualTo("عربي x");
        assertThat(TextCleaner.clean("co\u00ADoperate")).isEqualTo("cooperate");
    }

    @Test
    void collapsesEveryKindOfWhitespace() {
        assertThat(TextCleaner.clean("  a\u00A0\u00A0b\t\n c\u2009d\u3000e\u202F ")).isEqualTo("a b c d e");
        assertThat(TextCleaner.clean("\n\n")).isEmpty();
        assertThat(TextCleaner.clean("plain text")).isSameAs("plain text");
    }

    @Test
    void normalisesToNfcAcrossRemovedControls() {
        assertThat(TextCleaner.clean("e\u0301te\u0301")).isEqualTo("été");
        // A ZWSP between a letter and its accent must not stop composition.
        assertThat(TextCleaner.clean("e\u200B\u0301")).isEqualTo("é");
    }

    @Test
    void keepsArabicLetterVariantsAndDiacriticsAsWritten() {
        String s = "إِنَّ أحمد قرأ الرسالة في مكتبة الجامعة على الأريكة";
        assertThat(TextCleaner.clean(s)).isEqualTo(s);
    }

    @Test
    void dropsControlCharactersAndLoneSurrogates() {
        assertThat(TextCleaner.clean("a\u0000b\u0007c\u007F\u0085d")).isEqualTo("abc d");
        assertThat(TextCleaner.clean("x\uD800y\uDC00z")).isEqualTo("xyz");
        assertThat(TextCleaner.clean("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
    }

    @Property(tries = 2000)
    void isIdempotent(@ForAll("messyText") String s) {
        String once = TextCleaner.clean(s);
        assertThat(TextCleaner.clean(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void leavesNoControlsAndNoEdgeOrDoubleSpaces(@ForAll("messyText") String s) {
        String c = TextCleaner.clean(s);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            assertThat(Character.getType(ch)).isNotEqualTo((int) Character.CONTROL);
            assertThat(TextCleaner.isInvisible(ch)).isFalse();
            assertThat(ch == ' ' || !TextCleaner.isWhitespace(ch)).isTrue();
        }
        assertThat(c).doesNotContain("  ").isEqualTo(c.strip());
    }

    /** The keyword pieces are cleaned without their end spaces: the result must be the same. */
    @Property(tries = 2000)
    void endSpacesChangeNothing(@ForAll("messyText") String s, @ForAll @net.jqwik.api.constraints.IntRange(max = 3) int before,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 3) int after) {
        assertThat(TextCleaner.clean(" ".repeat(before) + s + " ".repeat(after))).isEqualTo(TextCleaner.clean(s));
    }

    @Property(tries = 1000)
    void neverThrowsOnArbitraryStrings(@ForAll String s) {
        assertThat(TextCleaner.clean(s)).isNotNull();
    }

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<Character> special = Arbitraries.of('\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C',
                '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u00AD', '\u00A0', '\u2009', '\t', '\n', '\u0000',
                '\u0301', '\u0651', '\uD83D', '\uDE00', ' ', 'e', 'ا', 'ی', '\u0085', '\u2028', '\u1100', '\u1161');
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(special.sample(), special.sample()).ofMaxLength(0),
                Arbitraries.strings().ofMaxLength(40).withCharRange('\u0000', '\u2100'),
                special.list().ofMaxSize(30).map(l -> {
                    StringBuilder sb = new StringBuilder();
                    l.forEach(sb::append);
                    return sb.toString();
                }));
    }

    @Test
    void theOnePassCheckAgreesWithTheFullCleanerOnEveryPairOfStableCharacters() {
        StringBuilder stable = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (TextCleaner.isStable(c)) {
                stable.append(c);
            }
        }
        assertThat(stable.length()).isGreaterThan(700);
        for (int i = 0; i < stable.length(); i++) {
            String one = String.valueOf(stable.charAt(i));
            assertThat(TextCleaner.cleanFully(one)).isEqualTo(one);
            for (int j = 0; j < stable.length(); j++) {
                String pair = one + stable.charAt(j);
                if (!TextCleaner.cleanFully(pair).equals(pair)) {
                    throw new AssertionError("not stable together: U+" + Integer.toHexString(pair.charAt(0))
                            + " U+" + Integer.toHexString(pair.charAt(1)));
                }
            }
        }
    }

    @Property
    void cleanEqualsTheFullCleaner(@ForAll("mixedText") String text) {
        assertThat(TextCleaner.clean(text)).isEqualTo(TextCleaner.cleanFully(text));
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings().withChars("ab ,.é\u00A0\u0301\u200B\u2019\u064Eمن\t\u0085\u00AD\u0653ا")
                .ofMaxLength(12);
    }
}
