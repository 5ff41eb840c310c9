package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedIds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** French place names beginning with the article, written after "au", "du" or "aux". */
class FrenchContractionsTest {
    private static final String LE_MANS = "geonames:3003603";

    @Test
    void theContractedArticleBelongsToTheName() {
        assertThat(linkedIds("fr", "Le procès s'ouvre lundi au Mans.")).contains(LE_MANS);
        assertThat(linkedIds("fr", "Le maire du Mans a démissionné.")).contains(LE_MANS);
        assertThat(linkedIds("fr", "Le Mans accueille la course.")).contains(LE_MANS);
    }

    @Test
    void onlyAfterAContractionInFrenchAndOnlyPlaces() {
        assertThat(linkedIds("fr", "Il a vu Mans hier.")).doesNotContain(LE_MANS); // no article
        assertThat(linkedIds("en", "He flew to Le Mans and then au Mans.")).containsOnlyOnce(LE_MANS);
        assertThat(linkedIds("fr", "Il est parti au Nord puis au Sud, selon le journal du Monde.")).isEmpty();
    }
}
