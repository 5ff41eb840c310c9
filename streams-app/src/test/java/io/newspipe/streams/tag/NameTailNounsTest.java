package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTailNounsTest {
    @Test
    void listedPersonBeforeACapitalisedGovernmentKeepsTheMention() {
        List<EntityTag> tags = TaggedText.entities("en", null, "Indian Prime Minister Narendra Modi Government "
                + "officials said the plan would be unveiled soon, after talks with the states on Monday.");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).containsExactly("Narendra Modi");
    }

    @Test
    void listedPersonInsideALongerNameIsStillReleased() {
        List<EntityTag> tags = TaggedText.entities("en", null, "Ivanka Trump attended the ceremony in the garden "
                + "with her children, aides said on Monday after the event ended.");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).doesNotContain("Donald Trump");
    }
}
