package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** French place names beginning with the article, written after "au", "du" or "aux". */
class FrenchContractionsTest {
    private static final EntityLinker LINKER = new EntityLinker(TaggerResources.shared().dictionary(),
            TaggerSettings.defaults());
    private static final String LE_MANS = "geonames:3003603";

    private static List<String> ids(String language, String text) {
        return LINKER.link(List.of(TokenizedText.of(text)), language).stream().map(EntityTag::id).toList();
    }

    @Test
    void theContractedArticleBelongsToTheName() {
        assertThat(ids("fr", "Le procès s'ouvre lundi au Mans.")).contains(LE_MANS);
        assertThat(ids("fr", "Le maire du Mans a démissionné.")).contains(LE_MANS);
        assertThat(ids("fr", "Le Mans accueille la course.")).contains(LE_MANS);
    }

    @Test
    void onlyAfterAContractionInFrenchAndOnlyPlaces() {
        assertThat(ids("fr", "Il a vu Mans hier.")).doesNotContain(LE_MANS); // no article
        assertThat(ids("en", "He flew to Le Mans and then au Mans.")).containsOnlyOnce(LE_MANS);
        assertThat(ids("fr", "Il est parti au Nord puis au Sud, selon le journal du Monde.")).isEmpty();
    }
}
