package io.newspipe.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingTextTest {
    @Test
    void foldsArabicLetterVariantsDiacriticsAndTatweel() {
        assertThat(MatchingText.fold("أعلنت إدارة آمنة")).isEqualTo(MatchingText.fold("اعلنت ادارة امنة"));
        assertThat(MatchingText.fold("مدرسة")).isEqualTo("مدرسه");
        assertThat(MatchingText.fold("مستشفى")).isEqualTo("مستشفي");
        assertThat(MatchingText.fold("الحكـــومة")).isEqualTo("الحكومه");
        assertThat(MatchingText.fold("قَالَ الوَزِيرُ")).isEqualTo("قال الوزير");
    }

    @Test
    void foldsPersianLettersAndDigits() {
        assertThat(MatchingText.fold("کتاب یک")).isEqualTo(MatchingText.fold("كتاب يك"));
        assertThat(MatchingText.fold("ڤيديو")).isEqualTo("فيديو");
        assertThat(MatchingText.fold("٢٠٢٥ و ۱۴۰۳")).isEqualTo("2025 و 1403");
    }

    @Test
    void foldedTextComesBackAsItIsAndALongTextBeforeLeavesNoTrace() {
        String folded = "l élysée a dit non";
        assertThat(MatchingText.fold(folded)).isSameAs(folded);
        assertThat(MatchingText.fold("Le Président ".repeat(500))).hasSize(6499);
        assertThat(MatchingText.fold("Non!")).isEqualTo("non");
    }

    @Test
    void lowerCasesAndTurnsPunctuationIntoSingleSpaces() {
        assertThat(MatchingText.fold("  L'Élysée,  a DIT: «non»! ")).isEqualTo("l élysée a dit non");
        assertThat(MatchingText.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(MatchingText.fold("")).isEmpty();
    }

    @Test
    void charactersThatComposeOnceAMarkIsDroppedAreFoldedInOnePass() {
        // Hangul jamo with a combining mark between them compose to 객 only after the mark is dropped
        String jamoWithMark = "\u1100\u0301\u1162\u11A8";
        String once = MatchingText.fold(jamoWithMark);
        assertThat(once).isEqualTo("\uAC1D");
        assertThat(MatchingText.fold(once)).isEqualTo(once);
    }

    @Test
    void everyCharacterFoldsAlikeOnBothPathsNextToLettersMarksAndJamo() {
        // the neighbours that can interact with a character under NFKC: starters that compose, marks that
        // reorder or compose, Hangul syllables and jamo
        String neighbours = "aeEz9 .\u00e9\u0627\u0648\u064a\u06d5\u064e\u0651\u0653\u0654\u0301\u0308"
                + "\u0640\u200c\uac00\u1100\u1161\u11a8\u3099\u0b47\u0bc6";
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertThat(MatchingText.fold(one)).as("U+%04X", c).isEqualTo(MatchingText.foldNormalised(one));
            for (int k = 0; k < neighbours.length(); k++) {
                char n = neighbours.charAt(k);
                String before = n + one;
                String after = one + n;
                assertThat(MatchingText.fold(before)).as("U+%04X after U+%04X", c, (int) n)
                        .isEqualTo(MatchingText.foldNormalised(before));
                assertThat(MatchingText.fold(after)).as("U+%04X before U+%04X", c, (int) n)
                        .isEqualTo(MatchingText.foldNormalised(after));
            }
        }
    }
}
