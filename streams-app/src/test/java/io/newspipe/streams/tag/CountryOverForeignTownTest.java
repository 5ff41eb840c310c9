package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A town of another country named like a country yields to the country ({@link SenseChooser}). */
class CountryOverForeignTownTest {
    @Test
    void aCountrysNameIsTheCountryEvenBesideAnotherCountrysNews() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "The US National Weather Service said the storm was heading for Jamaica after hitting Texas.");
        assertThat(TaggedText.names(tags, EntityKind.COUNTRY)).contains("Jamaica");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).doesNotContain("Jamaica");
    }

    @Test
    void aStateNamedLikeACountryStillFollowsContext() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "Voters in Atlanta, Georgia, queued for hours as the US election neared, officials in Texas said.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Georgia");
    }
}
