package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled topic lexicon as loaded. */
class TopicLexiconTest {
    private static final TaggerResources RESOURCES = TaggerResources.shared();
    private static final TopicClassifier CLASSIFIER = new TopicClassifier(RESOURCES.taxonomy(), RESOURCES.lexicon(),
            TaggerSettings.defaults());

    @Test
    void aWordListedWithAndWithoutItsArticleHasOneHitPerTopic() {
        // "حرب|الحرب" both fold to حرب: one conflict hit, not two
        List<TopicLexicon.Hit> hits = RESOURCES.lexicon().terms("ar").exact.get("حرب");
        assertThat(hits).filteredOn(h -> h.code().equals("medtop:16000000")).hasSize(1);
    }

    @Test
    void aWordListedTwiceWeighsAsAWordListedOnce() {
        // الحرب (listed twice, 1.5) and قوات (listed once, 1.5) give conflict the same score
        assertThat(conflictScore("الحرب")).isEqualTo(conflictScore("قوات"));
    }

    @Test
    void theHigherWeightWinsWhenAWordIsListedTwiceForOneTopic() {
        // طلاب is listed for education at 2 and at 1.5
        List<TopicLexicon.Hit> hits = RESOURCES.lexicon().terms("ar").exact.get("طلاب");
        assertThat(hits).filteredOn(h -> h.code().equals("medtop:05000000")).singleElement()
                .extracting(TopicLexicon.Hit::weight).isEqualTo(2.0);
    }

    @Test
    void unionsOfStatesAreNoLabourEvidence() {
        // "union*" is labour evidence in English; the European Union is not a trade union
        List<TopicTag> topics = CLASSIFIER.classify("en", TokenizedText.of(""),
                TokenizedText.of("The European Union and the African Union signed the declaration."), List.of());
        assertThat(topics).extracting(TopicTag::code).doesNotContain("medtop:09000000")
                .contains("medtop:20000638");
    }

    @Test
    void aWordListedWholeForOneTopicKeepsThePrefixFamilyOfAnother() {
        // "دانشگاه" is listed whole for research and "دانشگاه*" for education: the whole word is both
        List<TopicLexicon.Hit> hits = RESOURCES.lexicon().terms("fa").exact.get(TextTokenizer.tokens("دانشگاه")
                .get(0).folded());
        assertThat(hits).extracting(TopicLexicon.Hit::code).contains("medtop:20000735", "medtop:05000000");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // volcanic eruptions are disasters
        "en|lava|medtop:20000148", "fr|éruption|medtop:20000148", "ar|الحمم|medtop:20000148",
        "fa|گدازه|medtop:20000148",
        // motor sport and knockout rounds
        "en|pole position|medtop:15000000", "fr|écurie|medtop:15000000", "ar|منصة التتويج|medtop:15000000",
        "fa|اتومبیلرانی|medtop:15000000",
        // transport is an economic sector
        "en|railway|medtop:20000209", "fr|ferroviaire|medtop:20000209", "ar|خط المترو|medtop:20000209",
        "fa|مترو|medtop:20000209",
        // an activist named by his cause
        "en|union activists|medtop:09000000", "fr|syndicaliste|medtop:09000000", "ar|ناشط نقابي|medtop:09000000",
        "fa|فعالان کارگری|medtop:09000000", "en|environmentalists|medtop:06000000",
        "fr|militants écologistes|medtop:06000000", "ar|ناشطون بيئيون|medtop:06000000",
        "fa|فعالان محیط زیست|medtop:06000000"})
    void sessionFifteenFamiliesInEachLanguage(String language, String term, String code) {
        List<TopicTag> topics = CLASSIFIER.classify(language, TokenizedText.of(term), TokenizedText.of(""), List.of());
        assertThat(topics).extracting(TopicTag::code).contains(code);
    }

    @Test
    void anActivistNamedByHisCauseIsNoPoliticalDissent() {
        // "activist*" alone is political dissent; "union activists" is one labour term that consumes both words
        List<TopicTag> topics = CLASSIFIER.classify("en", TokenizedText.of(""),
                TokenizedText.of("union activists"), List.of());
        assertThat(topics).extracting(TopicTag::code).doesNotContain("medtop:20000648");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // labour disputes beyond the strike
        "en|lockout|medtop:09000000", "fr|arbitrage exécutoire|medtop:09000000", "ar|تأخر صرف الرواتب|medtop:09000000",
        "fa|اضافه‌کار|medtop:09000000",
        // treaties and borders between states
        "en|border treaty|medtop:20000638", "fr|accord frontalier|medtop:20000638", "ar|ترسيم الحدود|medtop:20000638",
        "fa|پیمان|medtop:20000638",
        // air pollution
        "en|particulates|medtop:20000424", "fr|particules fines|medtop:20000424", "ar|تلوث الهواء|medtop:20000424",
        "fa|ذرات معلق|medtop:20000424", "en|biodiverse|medtop:20000420",
        // a verdict told by guilt
        "fr|reconnus coupables|medtop:20000106", "ar|المدانين|medtop:20000106", "fa|گناهکار|medtop:20000106",
        // trade fairs, presidency, French elections
        "en|World Expo|medtop:04000000", "ar|إكسبو|medtop:04000000", "en|presidency|medtop:20000593",
        "fr|présidentielle|medtop:20000574"})
    void sessionSixteenFamiliesInEachLanguage(String language, String term, String code) {
        List<TopicTag> topics = CLASSIFIER.classify(language, TokenizedText.of(term), TokenizedText.of(""), List.of());
        assertThat(topics).extracting(TopicTag::code).contains(code);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // a verdict, arbitration, a contract, a deal, a meeting, an aim, a final decision, biology's plural
        "ar|أصدرت المحكمة الحكم", "fa|حکم دادگاه صادر شد", "fr|le gouvernement impose un arbitrage",
        "fa|قرارداد امضا شد", "ar|صفقة تبادل", "en|the treaty was signed", "fa|دیدار دو وزیر",
        "ar|بهدف تعزيز العلاقات", "ar|الاتفاق النهائي", "en|a friendly relationship"})
    void generalWordsAreNoSportEvidence(String language, String text) {
        List<TopicTag> topics = CLASSIFIER.classify(language, TokenizedText.of(""), TokenizedText.of(text), List.of());
        assertThat(topics).extracting(TopicTag::code).doesNotContain("medtop:15000000");
    }

    @Test
    void arabicNeighbourhoodsAreNoScience() {
        List<TopicTag> topics = CLASSIFIER.classify("ar", TokenizedText.of(""), TokenizedText.of("أحياء المدينة القديمة"),
                List.of());
        assertThat(topics).extracting(TopicTag::code).doesNotContain("medtop:13000000");
    }

    private static double conflictScore(String body) {
        return CLASSIFIER.classify("ar", TokenizedText.of(""), TokenizedText.of(body), List.of()).stream()
                .filter(t -> t.code().equals("medtop:16000000")).findFirst().orElseThrow().score();
    }
}
