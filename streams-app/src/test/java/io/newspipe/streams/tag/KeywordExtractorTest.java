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
    void aShortTextAfterALongOneHasTheKeywordsItHasAlone() throws Exception {
        // the extractor reuses per-thread arrays: what a long article left in them must not leak into the next
        String title = "Floods close schools in Dhaka";
        String body = "Heavy floods closed schools across Dhaka on Monday. Floods also cut roads to the port.";
        List<String> alone = onNewThread(() -> EXTRACTOR.extract("en", TokenizedText.of(title), TokenizedText.of(body)));
        StringBuilder longBody = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            longBody.append("Parliament debated budget item ").append(i).append(" with Minister Okafor and Senator Lindqvist. ");
        }
        List<String> afterLong = onNewThread(() -> {
            EXTRACTOR.extract("en", TokenizedText.of("Budget debate in parliament"), TokenizedText.of(longBody.toString()));
            return EXTRACTOR.extract("en", TokenizedText.of(title), TokenizedText.of(body));
        });
        assertThat(alone).isNotEmpty();
        assertThat(afterLong).isEqualTo(alone);
    }

    @Test
    void threadsSharingTheExtractorGetWhatOneThreadGets() throws Exception {
        List<String> bodies = List.of(
                "The central bank raised interest rates to fight inflation. Inflation rose again in March.",
                "Floods closed schools across Dhaka. Floods also cut roads to the port of Chittagong.",
                "ارتفعت أسعار النفط اليوم. وقال محللون إن أسعار النفط ستبقى مرتفعة.",
                "Le gouvernement a présenté le budget. Le budget prévoit une hausse des impôts.");
        List<List<String>> expected = bodies.stream()
                .map(b -> EXTRACTOR.extract(null, TokenizedText.of(""), TokenizedText.of(b))).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 300; round++) {
                        int k = round % bodies.size();
                        if (!EXTRACTOR.extract(null, TokenizedText.of(""), TokenizedText.of(bodies.get(k)))
                                .equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> onNewThread(java.util.concurrent.Callable<List<String>> work) throws Exception {
        java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return one.submit(work).get();
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void emptyTextHasNoKeywords() {
        assertThat(EXTRACTOR.extract("en", TokenizedText.of(null), TokenizedText.of(""))).isEmpty();
    }

    @Test
    void digitIsCharacterIsDigitForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(KeywordExtractor.digit((char) c)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
        }
    }
}
