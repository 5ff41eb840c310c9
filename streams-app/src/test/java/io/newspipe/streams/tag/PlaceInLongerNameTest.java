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
    void aSurnameThatIsAPlaceAndRecursAloneStaysThePersons() {
        List<EntityTag> tags = TaggedText.entities("en", null, "A court sentenced former mayor Carlos Valencia to "
                + "ten years on Monday. Valencia, who ran the city for a decade, will appeal.");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).contains("Carlos Valencia");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).isEmpty();
    }

    @Test
    void placeOnItsOwnIsKept() {
        List<EntityTag> tags = TaggedText.entities("en", null,
                "Storms hit Jackson, Mississippi, and flights from Miami were cancelled on Friday.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Jackson", "Miami");
    }

    @Test
    void frenchPlaceEndingAnOrganisationsNameIsNoMention() {
        List<EntityTag> tags = TaggedText.entities("fr", null, "Ancien chroniqueur au Quotidien d'Oran, l'écrivain "
                + "vit à Paris depuis 2023 et soutient le Racing de Santander.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).containsExactly("Paris");
    }

    @Test
    void frenchRolesCompassPointsAndConjunctionsKeepThePlace() {
        List<EntityTag> tags = TaggedText.entities("fr", null, "Le Premier ministre du Canada est arrivé dans le "
                + "Sud de la France, puis les syndicats des académies de Lille et de Marseille ont manifesté.");
        assertThat(TaggedText.names(tags, EntityKind.COUNTRY)).contains("Canada", "France");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Lille", "Marseille");
    }

    @Test
    void frenchCountriesListedAfterACommaAndDuAreEachTheirOwnItem() {
        List<EntityTag> tags = TaggedText.entities("fr", null, "Le gouvernement a accepté l'aide de l'Espagne, du "
                + "Royaume-Uni, du Qatar et des Émirats arabes unis, puis celle du Japon.");
        assertThat(TaggedText.names(tags, EntityKind.COUNTRY)).contains("Spain", "United Kingdom", "Qatar",
                "United Arab Emirates", "Japan");
    }

    @Test
    void aListedPlaceOpeningALongerHyphenatedNameIsNoMention() {
        List<EntityTag> tags = TaggedText.entities("fr", null,
                "Le chantier avance à Saint-Paul-lez-Varenne, où les ingénieurs travaillent depuis 2010.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Saint-Paul-lez-Varenne")
                .doesNotContain("Saint Paul", "Saint-Paul");
    }

    @Test
    void frenchPlaceEndingACourtsNameIsNoMention() {
        List<EntityTag> tags = TaggedText.entities("fr", null, "Le tribunal de commerce de Lyon a validé l'offre, et"
                + " la cour d'assises spéciale de Paris a rendu son verdict. Dans la cour de la mairie de Marseille,"
                + " des élus ont manifesté.");
        assertThat(TaggedText.names(tags, EntityKind.PLACE)).contains("Marseille").doesNotContain("Lyon", "Paris");
    }
}
