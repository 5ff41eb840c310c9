package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceInLongerNameTest {
    @Test
    void headOfAnOfNameIsNoPlace() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "She studied at the University of Colorado before teaching at the University of Miami.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).containsExactlyInAnyOrder("Colorado", "Miami");
    }

    @Test
    void surnameAfterAGivenNameIsNoPlace() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "The scorers were Noah Jackson and Jessica Newton, the coach said on Friday.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).isEmpty();
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).contains("Noah Jackson", "Jessica Newton");
    }

    @Test
    void placeOnItsOwnIsKept() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "Storms hit Jackson, Mississippi, and flights from Miami were cancelled on Friday.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Jackson", "Miami");
    }
}
