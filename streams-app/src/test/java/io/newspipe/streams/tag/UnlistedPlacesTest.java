package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.entities;
import static io.newspipe.streams.tag.TaggedText.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnlistedPlacesTest {
    private static List<String> places(String language, String title, String body) {
        return names(entities(language, title, body), EntityKind.PLACE);
    }

    @Test
    void frenchWordAfterAIsAPlaceAsWritten() {
        assertThat(places("fr", "Intempéries",
                "Les pompiers sont intervenus mardi à Véranclos-Haut, où une digue a cédé. À Morlenne, il est tombé"
                        + " 200 millimètres de pluie en une nuit, selon les services de la préfecture."))
                .contains("Véranclos-Haut", "Morlenne");
    }

    @Test
    void settlementNounAndOfAnnounceAPlace() {
        assertThat(places("en", "Landslide",
                "Rescuers reached the village of Tarvonek on Sunday after a landslide cut the only road to it."))
                .contains("Tarvonek");
        assertThat(places("fr", "Incendie",
                "Un incendie a détruit trois hectares de forêt dans la commune de Brenolles samedi soir."))
                .contains("Brenolles");
    }

    @Test
    void peopleBrandsAcronymsAndLongerNamesAreNotPlaces() {
        List<String> found = places("fr", "Hommage",
                "Le prix a été remis à Kamel Ouandi lundi. La facture a été envoyée à EDF et à TotalEnergies, et le"
                        + " match à Roland-Garros a été reporté. Le tribunal a renvoyé l'affaire à Nordeval Marchand.");
        assertThat(found).doesNotContain("Kamel", "EDF", "TotalEnergies", "Roland-Garros", "Nordeval");
    }

    @Test
    void englishNeedsASettlementNoun() {
        assertThat(places("en", "Trip", "The minister flew to Varkelby on Monday to meet investors."))
                .doesNotContain("Varkelby");
    }

    @Test
    void placesGoOnAListOpenedByAOrASettlementNoun() {
        assertThat(places("fr", "Crue",
                "L'eau a inondé des maisons à Véranclos, Morlenne et Saint-Omer après une semaine de pluie."))
                .contains("Véranclos", "Morlenne");
        assertThat(places("en", "Floods", "Water reached the villages of Tarvonek and Ostrelby overnight."))
                .contains("Tarvonek", "Ostrelby");
    }

    @Test
    void aNameAfterACommaCountsOnlyInAList() {
        assertThat(places("fr", "Sahel", "Le chef de la junte est arrivé à Niamey, Torvanic a dit qu'il resterait."))
                .doesNotContain("Torvanic");
        assertThat(places("fr", "Crue", "L'eau a envahi les rues à Véranclos, Morlenne, Brenac et Ostrelle."))
                .contains("Véranclos", "Morlenne", "Brenac", "Ostrelle");
    }

    @Test
    void hyphenatedNameMayHoldCommonNounsAndLinks() {
        assertThat(places("fr", "Gangs",
                "Des habitants ont repoussé une attaque à Morlenne-Ville. La mairie de Brenac-sur-Mer a fermé."))
                .contains("Morlenne-Ville");
        assertThat(places("fr", "Fête", "Le festival se tiendra à Saint-Varel-de-Lune en juillet prochain."))
                .contains("Saint-Varel-de-Lune");
    }

    @Test
    void lowerCaseIslandDistrictOrHamletAnnouncesANameOfUpToThreeWords() {
        assertThat(places("en", "Fire", "The mayor stayed on the island of Porto Varelo during the fire."))
                .contains("Porto Varelo");
        assertThat(places("fr", "Typhon", "Un glissement de terrain a enseveli le hameau de Lang Vo, dans le"
                + " district de Bao Tren, mardi.")).contains("Lang Vo", "Bao Tren");
        assertThat(places("en", "Capital", "He moved to the District of Kolumbra last year."))
                .doesNotContain("Kolumbra");
    }

    @Test
    void aDirectionOfAnnouncesAPlace() {
        assertThat(places("fr", "Surf", "La vague se trouve dans le sud-est de Tavarua, au large de Morlenne."))
                .contains("Tavarua", "Morlenne");
        assertThat(places("en", "Attack", "Gunmen attacked a convoy south of Varkelby on Monday."))
                .contains("Varkelby");
        assertThat(places("fr", "Débat", "Le plus dur est de Convaincre les électeurs, a-t-il dit."))
                .doesNotContain("Convaincre");
    }
}
