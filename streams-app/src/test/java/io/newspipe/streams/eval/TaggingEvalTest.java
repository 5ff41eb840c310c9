package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.tag.ArticleTagger;
import io.newspipe.streams.tag.EntityKind;
import io.newspipe.streams.tag.EntityTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggingEvalTest {
    @Test
    void parsesTheBlockFormat() {
        List<TaggingEvalSet.LabelledArticle> articles = TaggingEvalSet.parse("""
                # comment
                id: x-1
                lang: en
                topic: medtop:11000000
                entities: COUNTRY:Iraq; PLACE:Baghdad|geonames:98182
                title: A title
                body: First line
                second line
                ---
                """);
        assertThat(articles).hasSize(1);
        TaggingEvalSet.LabelledArticle a = articles.get(0);
        assertThat(a.body()).isEqualTo("First line\nsecond line");
        assertThat(a.entities()).containsExactly(new TaggingEvalSet.GoldEntity(EntityKind.COUNTRY, "Iraq", null),
                new TaggingEvalSet.GoldEntity(EntityKind.PLACE, "Baghdad", "geonames:98182"));
    }

    @Test
    void matchesByIdWhenLabelledWithOne() {
        EntityTag found = new EntityTag(EntityKind.PLACE, "Basrah", "geonames:99532", "IQ", List.of("Basra"), 1);
        assertThat(TaggingEval.matches(new TaggingEvalSet.GoldEntity(EntityKind.PLACE, "Basra", "geonames:99532"),
                found)).isTrue();
        assertThat(TaggingEval.matches(new TaggingEvalSet.GoldEntity(EntityKind.PLACE, "Basra", null), found))
                .isFalse();
        assertThat(TaggingEval.matches(new TaggingEvalSet.GoldEntity(EntityKind.COUNTRY, "Basrah", null), found))
                .isFalse();
    }

    @Test
    void namesWithoutIdsMatchUpToSpacingPunctuationCaseAndAccents() {
        assertThat(TaggingEval.sameName("Al-Busayrah", "Al Busayrah")).isTrue();
        assertThat(TaggingEval.sameName("Abdulqadir al-Dakhil", "Abdul Qadir al-Dakhil")).isTrue();
        assertThat(TaggingEval.sameName("Pétion-Ville", "Petion Ville")).isTrue();
        assertThat(TaggingEval.sameName("N'Djamena", "NDJAMENA")).isTrue();
        assertThat(TaggingEval.sameName("Tulkarm Camp", "Tulkarm")).isFalse();
        assertThat(TaggingEval.sameName("Jenin", "Jenine")).isFalse();
        assertThat(TaggingEval.sameName("دير الزور", "دير الزور")).isTrue();
        EntityTag found = new EntityTag(EntityKind.PLACE, "Al Busayrah", null, "SY", List.of("البصيرة"), 1);
        assertThat(TaggingEval.matches(new TaggingEvalSet.GoldEntity(EntityKind.PLACE, "Al-Busayrah", null), found))
                .isTrue();
        assertThat(TaggingEval.matches(new TaggingEvalSet.GoldEntity(EntityKind.PERSON, "Al-Busayrah", null), found))
                .isFalse();
    }

    @Test
    void bundledSetMeetsTheTargets() {
        List<TaggingEvalSet.LabelledArticle> articles = TaggingEvalSet.bundled();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(60);
        assertThat(articles).extracting(TaggingEvalSet.LabelledArticle::language).contains("ar", "en", "fr", "fa");
        TaggingEvalReport report = TaggingEval.run(new ArticleTagger(), articles);
        System.out.print(report.format());
        assertThat(report.languageAccuracyFull()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.languageAccuracyHeadline()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.topicTop1()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.entitiesByLanguage()).containsKeys("ar", "en", "fr", "fa");
        report.entitiesByLanguage().forEach((lang, counts) -> assertThat(counts.f1()).as(lang)
                .isGreaterThanOrEqualTo(0.85));
    }

    @Test
    void heldOutSetHasTenLabelledArticlesPerLanguage() {
        List<TaggingEvalSet.LabelledArticle> articles = TaggingEvalSet.named("heldout");
        assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
        for (String lang : List.of("ar", "en", "fr", "fa")) {
            assertThat(articles.stream().filter(a -> lang.equals(a.language())).count()).as(lang)
                    .isGreaterThanOrEqualTo(10);
        }
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.topic()).startsWith("medtop:");
            assertThat(a.entities()).isNotEmpty();
            assertThat(a.title()).isNotBlank();
        });
        assertThat(TaggingEvalSet.named("all")).hasSize(TaggingEvalSet.bundled().size() + articles.size()
                + TaggingEvalSet.heldout2().size());
    }
}
