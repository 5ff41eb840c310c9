package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FacilityCitiesTest {
    @Test
    void portOfACityNamesTheCityToo() {
        List<EntityTag> tags = TaggedText.entities("fr", null,
                "Quatre ans après l'explosion du port de Beyrouth, les familles des victimes attendent toujours "
                + "le procès, comme les dockers du port d'Aden.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Beirut", "Aden");
    }

    @Test
    void cityBeforePortInEnglish() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "Ships waited for days outside Haifa port after the strike, officials said on Monday.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Haifa");
    }

    @Test
    void portWithANameOfItsOwnAddsNoCity() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "A blast at Shahid Rajaee Port near Bandar Abbas killed dozens of workers on Saturday.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Shahid Rajaee Port")
                .doesNotContain("Shahid", "Rajaee");
    }
}
