package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
    private static final KeywordExtractor EXTRACTOR = new KeywordExtractor(TaggerResources.shared().stopwords(),
            TaggerSettings.defaults());

    @Test
    void extractsFiveToTenKeywordsWithoutStopwords() {
        String body = "The central bank raised interest rates on Wednesday to fight inflation, which reached "
                + "its highest level in a decade. The central bank governor said further increases were possible "
                + "if food and fuel prices kept rising. Economists expect inflation to slow next year as the "
                + "currency stabilises, but warned that the budget deficit remains a risk for growth. "
                + "Markets rose after the decision, and the currency gained against the dollar.";
        List<String> keywords = EXTRACTOR.extract("en", TokenizedText.of("Central bank raises rates to fight "
                + "inflation"), TokenizedText.of(body));
        assertThat(keywords).hasSizeBetween(5, 10);
        assertThat(keywords).anyMatch(k -> k.toLowerCase(java.util.Locale.ROOT).contains("inflation"));
        assertThat(keywords).noneMatch(k -> k.equalsIgnoreCase("the") || k.equalsIgnoreCase("which"));
        assertThat(keywords).doesNotHaveDuplicates();
    }

    @Test
    void arabicWordsAreGroupedWithoutConjunctionAndArticle() {
        String body = "ارتفعت أسعار النفط اليوم. وقال محللون إن أسعار النفط ستبقى مرتفعة، والنفط يتأثر بالطلب. "
                + "وتراجعت أسعار الذهب.";
        List<String> keywords = EXTRACTOR.extract("ar", TokenizedText.of("النفط يرتفع"), TokenizedText.of(body));
        assertThat(keywords).isNotEmpty();
        assertThat(keywords).noneMatch(k -> k.equals("إن") || k.equals("في"));
        assertThat(keywords).anyMatch(k -> k.contains("النفط"));
        assertThat(keywords.contains("النفط") && keywords.contains("والنفط")).isFalse();
    }

    @Test
    void emptyTextHasNoKeywords() {
        assertThat(EXTRACTOR.extract("en", TokenizedText.of(null), TokenizedText.of(""))).isEmpty();
    }
}
