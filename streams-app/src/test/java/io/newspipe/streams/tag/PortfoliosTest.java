package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortfoliosTest {
    private static String at(String language, String text, int i) {
        PhraseTable.Phrase e = Portfolios.at(language, TextTokenizer.tokens(text), i);
        return e == null ? null : e.value() + "/" + e.words().length;
    }

    @Test
    void longestPortfolioWins() {
        assertThat(at("fr", "ministère de l'Économie et des Finances", 3)).isEqualTo("Economy and Finance/4");
        assertThat(at("fr", "ministère de l'Économie a dit", 3)).isEqualTo("Economy/1");
        assertThat(at("ar", "وزارة التعليم العالي والبحث العلمي", 1))
                .isEqualTo("Higher Education and Scientific Research/4");
        assertThat(at("fa", "وزارت امور خارجه", 1)).isEqualTo("Foreign Affairs/2");
    }

    @Test
    void lettersAreFoldedLikeTheText() {
        assertThat(at("fa", "وزارت آموزش و پرورش", 1)).isEqualTo("Education/3");
        assertThat(at("ar", "وزارة الاوقاف", 1)).isEqualTo("Awqaf/1");
    }

    @Test
    void unknownWordsAndOtherLanguagesGiveNothing() {
        assertThat(at("fr", "ministère de la Parole", 3)).isNull();
        assertThat(at("ur", "Ministry of Interior", 2)).isNull();
        assertThat(at("en", "Ministry of Interior", 2)).isEqualTo("Interior/1");
        assertThat(at("en-before", "Foreign Ministry", 0)).isEqualTo("Foreign Affairs/1");
    }

    @Test
    void arabicHeadsTakeProclitics() {
        String ministry = TextTokenizer.foldWord("وزارة");
        String bank = TextTokenizer.foldWord("البنك");
        assertThat(ArabicScriptBodies.head(TextTokenizer.foldWord("ووزارة"), ministry)).isTrue();
        assertThat(ArabicScriptBodies.head(TextTokenizer.foldWord("للبنك"), bank)).isTrue();
        assertThat(ArabicScriptBodies.head(TextTokenizer.foldWord("الوزارة"), ministry)).isFalse();
        assertThat(ArabicScriptBodies.head(TextTokenizer.foldWord("سوزارة"), ministry)).isFalse();
    }

    @Test
    void maghrebLevantAndGulfPortfolios() {
        assertThat(at("ar", "وزارة الفلاحة المغربية", 1)).isEqualTo("Agriculture/1");
        assertThat(at("ar", "وزارة الأشغال العمومية", 1)).isEqualTo("Public Works/2");
        assertThat(at("ar", "وزارة التموين والتجارة الداخلية", 1)).isEqualTo("Supply and Internal Trade/3");
        assertThat(at("ar", "وزارة الموارد البشرية والتنمية الاجتماعية", 1))
                .isEqualTo("Human Resources and Social Development/4");
        assertThat(at("fa", "وزارت بازرگانی ترکیه", 1)).isEqualTo("Trade/1");
    }

    @Test
    void ministriesOfTheseNamesAreRendered() {
        assertThat(TaggedText.organisations("ar", null, "قالت وزارة الفلاحة المغربية إن المحصول سيتراجع."))
                .contains("Moroccan Ministry of Agriculture");
        assertThat(TaggedText.organisations("ar", null, "أعلنت وزارة الأشغال العمومية الجزائرية مشاريع طرق."))
                .contains("Algerian Ministry of Public Works");
        assertThat(TaggedText.organisations("ar", null, "أطلقت وزارة التشغيل التونسية برنامجاً لدعم الشباب."))
                .contains("Tunisian Ministry of Employment");
        assertThat(TaggedText.organisations("fa", null, "وزارت بازرگانی ترکیه گفت صادرات افزایش یافت."))
                .contains("Turkish Ministry of Trade");
    }

    @Test
    void englishDemonymsByCode() {
        assertThat(EnglishDemonyms.of("MA")).isEqualTo("Moroccan");
        assertThat(EnglishDemonyms.of("XX")).isNull();
        assertThat(EnglishDemonyms.of(null)).isNull();
    }
}
