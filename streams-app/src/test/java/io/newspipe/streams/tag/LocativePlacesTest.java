package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocativePlacesTest {
    @Test
    void placeAfterAPrepositionAndBeforeAPersonIsBothAPlaceAndThePerson() {
        List<EntityTag> tags = TaggedText.entities("fr", null,
                "Le tribunal a condamné jeudi à Lyon Jean Moreau, un ancien notaire, à dix ans de prison. "
                + "Jean Moreau a fait appel de sa condamnation.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Lyon");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).contains("Jean Moreau");
    }

    @Test
    void englishPlaceBeforeAPersonAfterIn() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "A court in Glasgow Sarah Mitchell, a nurse, was cleared on Friday of all charges.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Glasgow");
    }

    @Test
    void placeInsideALongerCapitalisedNameStaysOut() {
        // no preposition before it: "Paris Saint-Germain" and a club's name are not the city
        List<EntityTag> tags = TaggedText.entities("fr", null,
                "Le club Lyon Duchère a battu ses voisins dimanche, devant un public clairsemé.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).doesNotContain("Lyon");
    }

    @Test
    void shortFrenchTownAfterAIsThePlace() {
        List<EntityTag> tags = TaggedText.entities("fr", null,
                "Née en 1904 à Alès, dans le Gard, elle a longtemps vécu à Sète avant de partir.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Alès", "Sète");
    }

    @Test
    void shortTownWithoutThePrepositionStillNeedsMore() {
        List<EntityTag> tags = TaggedText.entities("fr", null,
                "Alès a gagné dimanche, et les supporters ont fêté la victoire toute la nuit.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).doesNotContain("Alès");
    }

    @Test
    void englishSmallTownAfterAPrepositionOfPlaceCountsWhenItsCountryIsNamed() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "The mining company said on Monday that output at its mine in Kiruna, in northern Sweden, would"
                + " fall. Farmers in Zambia around Mbala and Kalomo lost most of their maize.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Kiruna", "Mbala");
    }

    @Test
    void englishSmallTownNeedsItsCountryAndNoMonthIsATown() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "The company said output at its mine in Kiruna would fall after the strike that began in March.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).doesNotContain("Kiruna", "March");
    }

    @Test
    void aPrepositionDoesNotLetASmallNamesakeBeatTheCapital() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "The American sprinter won the final in Paris on Thursday, and fans in the United States cheered.");
        assertThat(tags).anySatisfy(t -> assertThat(t.id()).isEqualTo("geonames:2988507"));
    }
}
