package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateAfterCommaTest {
    private static List<String> placeIds(String body) {
        return TaggedText.entities("en", null, body).stream().filter(t -> t.type() == EntityKind.PLACE)
                .map(EntityTag::id).toList();
    }

    @Test
    void aStateAfterATownAndACommaIsTheState() {
        // Washington the state (5815135), not the capital (4140963); Paris in Texas, not in France
        assertThat(placeIds("Workers walked out at a plant in Everett, Washington, on Friday. Others met in Paris, Texas."))
                .contains("geonames:5815135").doesNotContain("geonames:4140963", "geonames:2988507");
    }

    @Test
    void aListOfCitiesIsNoTownAndState() {
        assertThat(placeIds("The tour visits Tokyo, Osaka and Kyoto in May."))
                .contains("geonames:1853909"); // Osaka the city
    }
}
