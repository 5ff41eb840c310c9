package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurnamePlacesTest {
    private static EntityTag tag(EntityKind kind, String name, String... mentions) {
        return new EntityTag(kind, name, null, null, List.of(mentions), mentions.length);
    }

    @Test
    void placeNamedOnlyByAPersonsWordIsDropped() {
        List<EntityTag> in = List.of(tag(EntityKind.PERSON, "Taylor Swift", "Taylor Swift"),
                tag(EntityKind.PLACE, "Taylor", "Taylor"), tag(EntityKind.PLACE, "Nashville", "Nashville"));
        assertThat(SurnamePlaces.release(in)).extracting(EntityTag::name)
                .containsExactly("Taylor Swift", "Nashville");
    }

    @Test
    void placeWithAnotherMentionOrWithoutPeopleIsKept() {
        List<EntityTag> in = List.of(tag(EntityKind.PERSON, "Andrew Jackson", "Andrew Jackson"),
                tag(EntityKind.PLACE, "Jackson", "Jackson", "Jackson, Mississippi"));
        assertThat(SurnamePlaces.release(in)).isSameAs(in);
        List<EntityTag> alone = List.of(tag(EntityKind.PLACE, "Taylor", "Taylor"));
        assertThat(SurnamePlaces.release(alone)).isSameAs(alone);
    }

    @Test
    void countriesAndOneWordPeopleAreLeftAlone() {
        List<EntityTag> in = List.of(tag(EntityKind.PERSON, "Jordan Bardella", "Jordan Bardella"),
                tag(EntityKind.COUNTRY, "Jordan", "Jordan"), tag(EntityKind.PERSON, "Madonna", "Madonna"),
                tag(EntityKind.PLACE, "Madonna", "Madonna"));
        assertThat(SurnamePlaces.release(in)).isSameAs(in);
    }
}
