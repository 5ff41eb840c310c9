package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicPersianWordsTest {
    private static String decide(String text) {
        return ArabicPersianWords.decide(TextTokenizer.tokens(text));
    }

    @Test
    void arabicFunctionWordsAndTheArticleDecideArabicWhateverTheLetterForms() {
        assertThat(decide("وصل الوفد إلى العاصمة")).isEqualTo("ar");
        assertThat(decide("وصل الوفد الی العاصمة فی الصباح")).isEqualTo("ar");
    }

    @Test
    void persianFunctionWordsDecidePersianWhateverTheLetterForms() {
        assertThat(decide("هیئت به پایتخت رسید و با وزیر دیدار کرد")).isEqualTo("fa");
        assertThat(decide("هيئت به پايتخت رسيد و با وزير ديدار كرد")).isEqualTo("fa");
    }

    @Test
    void fewOrMixedWordsLeaveTheDecisionToTheLetters() {
        assertThat(decide("زلزال")).isNull();
        // one Persian word opening with ال (البته) and one preposition: no side has enough
        assertThat(decide("البته در")).isNull();
        // an Arabic quotation inside Persian: neither side three times the other
        assertThat(decide("او گفت که این آیه را در مسجد خواند: في الذي على")).isNull();
        assertThat(decide("Reuters in English")).isNull();
    }
}
