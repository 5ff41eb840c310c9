package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {
    private static final TaggerResources RESOURCES = TaggerResources.shared();
    private static final TopicClassifier CLASSIFIER = new TopicClassifier(RESOURCES.taxonomy(), RESOURCES.lexicon(),
            TaggerSettings.defaults());

    private static List<TopicTag> classify(String lang, String title, String body, List<EntityTag> entities) {
        return CLASSIFIER.classify(lang, TokenizedText.of(title), TokenizedText.of(body), entities);
    }

    @Test
    void scoresAreSortedAndBounded() {
        List<TopicTag> topics = classify("en", "Striker scores twice as champions win the cup final",
                "The team's coach praised his players after the match in front of a full stadium.", List.of());
        assertThat(topics).isNotEmpty();
        assertThat(topics.get(0).code()).isEqualTo("medtop:15000000");
        assertThat(topics.get(0).label()).isEqualTo("sport");
        for (int i = 0; i < topics.size(); i++) {
            assertThat(topics.get(i).score()).isBetween(0.0, 1.0);
            if (i > 0) {
                assertThat(topics.get(i).score()).isLessThanOrEqualTo(topics.get(i - 1).score());
            }
        }
    }

    @Test
    void armedGroupPointsToConflict() {
        EntityTag group = new EntityTag(EntityKind.ORGANIZATION, "Islamic State", "wikidata:Q2429253", null,
                List.of("داعش"), 1);
        List<TopicTag> topics = classify("ar", "بيان جديد", "نشر بيان جديد اليوم", List.of(group));
        assertThat(topics.get(0).code()).isEqualTo("medtop:16000000");
    }

    @Test
    void multilingualEvidence() {
        assertThat(classify("fr", "Séisme meurtrier", "Un tremblement de terre a fait des dizaines de morts, "
                + "les secours fouillent les décombres.", List.of()).get(0).code()).isEqualTo("medtop:03000000");
        assertThat(classify("fa", "تورم و نرخ ارز", "بانک مرکزی از افزایش نرخ ارز و تورم خبر داد.", List.of())
                .get(0).code()).isEqualTo("medtop:04000000");
        assertThat(classify("ar", "انتخابات برلمانية", "أعلنت المفوضية نتائج الانتخابات وفوز المرشحين بمقاعد البرلمان.",
                List.of()).get(0).code()).isEqualTo("medtop:11000000");
    }

    @Test
    void secondLevelTopicsFollowTheirParent() {
        List<TopicTag> topics = classify("en", "Cholera outbreak spreads", "The disease has infected thousands "
                + "and hospitals are full.", List.of());
        assertThat(topics).extracting(TopicTag::code).contains("medtop:07000000", "medtop:20000446");
        double parent = topics.stream().filter(t -> t.code().equals("medtop:07000000")).findFirst().orElseThrow()
                .score();
        double child = topics.stream().filter(t -> t.code().equals("medtop:20000446")).findFirst().orElseThrow()
                .score();
        assertThat(parent).isGreaterThanOrEqualTo(child);
    }

    @Test
    void anArticleWithOnlyWeakEvidenceStillGetsItsBestTopic() {
        // one linked person is 0.4 of government evidence: below the minimum score, yet the only topic there is
        EntityTag person = new EntityTag(EntityKind.PERSON, "Mohammed Shia al-Sudani", null, null,
                List.of("al-Sudani"), 1);
        List<TopicTag> topics = classify("en", "A quiet day", "Nothing else happened.", List.of(person));
        assertThat(topics).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("medtop:11000000");
            assertThat(t.score()).isPositive().isLessThan(TaggerSettings.defaults().minTopicScore());
        });
    }

    @Test
    void noEvidenceOrALanguageTheLexiconCannotReadGivesNoWeakTopic() {
        EntityTag person = new EntityTag(EntityKind.PERSON, "Mohammed Shia al-Sudani", null, null,
                List.of("al-Sudani"), 1);
        assertThat(classify("en", "A quiet day", "Nothing else happened.", List.of())).isEmpty();
        assertThat(classify("tr", "Sakin bir gün", "Başka bir şey olmadı.", List.of(person))).isEmpty();
    }

    @Test
    void taxonomyHasAllTopLevelTopicsWithArabicLabels() {
        List<TopicTaxonomy.Topic> top = RESOURCES.taxonomy().topLevel();
        assertThat(top).hasSize(17);
        assertThat(top).allSatisfy(t -> assertThat(t.arabicLabel()).isNotBlank());
        assertThat(RESOURCES.taxonomy().topLevelOf("medtop:20000574")).isEqualTo("medtop:11000000");
    }
}
