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
}
