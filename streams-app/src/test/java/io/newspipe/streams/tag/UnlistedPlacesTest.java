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
        assertThat(places("fr", "Crue",
                "Des maisons ont été inondées à Véranclos, Brenac, Morlenne et Ostrelle après une semaine."))
                .contains("Véranclos", "Brenac", "Morlenne", "Ostrelle");
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

    @Test
    void aHyphenatedNameWithALowerCaseLinkIsAPlaceAfterAnyWord() {
        assertThat(places("fr", "Colère", "Depuis une ferme de Varenne-sur-Orbelle, le ministre a promis des aides."))
                .contains("Varenne-sur-Orbelle");
        assertThat(places("en", "Visit", "The prince met farmers near Brockley-on-Tarn on Monday."))
                .contains("Brockley-on-Tarn");
        assertThat(places("en", "Army", "He was named Commander-in-Chief and Man-of-the-Match on the same day."))
                .isEmpty();
    }

    @Test
    void aSitesHeadOpeningOrClosingANameMakesItAPlace() {
        assertThat(places("en", "Coup", "Troops took over Plaza Orvella and rammed the doors of the Palacio Tarvan."))
                .contains("Plaza Orvella", "Palacio Tarvan");
        assertThat(places("en", "Drought", "Water at Morvenka Dam fell to a record low, officials said."))
                .contains("Morvenka Dam");
        assertThat(places("en", "Tennis", "The commentator Andrew Castle praised the winner.")).isEmpty();
        assertThat(places("fr", "Barrage", "Le niveau du Morvenka Dam a baissé.")).doesNotContain("Morvenka Dam");
    }
}
