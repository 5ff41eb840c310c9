package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Given names as francophone news spells them in West Africa, the Sahel and the Maghreb (regions/11-...). */
class FrancophoneGivenNamesTest {
    @Test
    void sahelAndMaghrebSpellingsAreGivenNames() {
        for (String name : List.of("Abdoul", "Mamady", "Hamidou", "Mahamat", "Ahmat", "Mohamedou", "Zoubir",
                "Lhoussaine", "Ouarda", "Fatoumata")) {
            assertThat(NameLexicon.givenName(TextTokenizer.tokens(name).get(0).folded())).as(name).isTrue();
        }
    }

    @Test
    void unknownPersonWithSuchAGivenNameIsFound() {
        List<EntityTag> tags = TaggedText.entities("fr", null, "Mahamat Korobo a quitté la réunion avant la fin, "
                + "selon des témoins présents sur place qui ont décrit une séance très tendue.");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).contains("Mahamat Korobo");
    }
}
