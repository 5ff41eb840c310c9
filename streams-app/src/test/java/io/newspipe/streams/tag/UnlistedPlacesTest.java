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
}
