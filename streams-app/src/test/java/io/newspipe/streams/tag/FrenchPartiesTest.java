package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchPartiesTest {
    @Test
    void aPartyWithItsCountryAsComplementIsNamedOfThatCountry() {
        List<EntityTag> tags = TaggedText.entities("fr", null, "Le Parti communiste de Cuba a réuni son congrès, "
                + "tandis que le Parti libéral du Canada et le Parti socialiste d'Albanie préparent les élections.");
        assertThat(TaggedText.names(tags, EntityKind.ORGANIZATION)).contains("Communist Party of Cuba",
                "Liberal Party of Canada", "Socialist Party of Albania");
    }

    @Test
    void withoutTheComplementOrForAnotherKindNothingIsRendered() {
        List<EntityTag> tags = TaggedText.entities("fr", null, "Le Parti socialiste a perdu des sièges et le Parti "
                + "vert du Kenya est né, selon le Parti libéral au Canada.");
        assertThat(TaggedText.names(tags, EntityKind.ORGANIZATION)).doesNotContain("Socialist Party of France",
                "Green Party of Kenya", "Liberal Party of Canada");
    }

    @Test
    void theBareNameInTheSameArticleIsThatParty() {
        List<EntityTag> rendered = TaggedText.entities("fr", "Le Parti libéral reconduit son chef",
                "Le Parti libéral du Canada a reconduit samedi son chef à Ottawa.");
        assertThat(TaggedText.names(rendered, EntityKind.ORGANIZATION)).contains("Liberal Party of Canada")
                .doesNotContain("Liberal Party");
        List<EntityTag> curated = TaggedText.entities("fr", "Le congrès du Parti communiste s'ouvre à La Havane",
                "Le Parti communiste de Cuba a ouvert samedi son congrès, le premier depuis cinq ans.");
        assertThat(TaggedText.names(curated, EntityKind.ORGANIZATION)).contains("Communist Party of Cuba")
                .doesNotContain("Communist Party");
    }
}
