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
}
