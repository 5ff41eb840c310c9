package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DedicationsTest {
    private static boolean dedication(String text, String name) {
        List<Token> tokens = TextTokenizer.tokens(text);
        int at = text.indexOf(name);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == at) {
                return Dedications.dedication(text, tokens, i, TextTokenizer.tokens(name).size());
            }
        }
        throw new IllegalArgumentException(name + " is no word of " + text);
    }

    @Test
    void hyphenatedNameAfterAPlaceWordIsADedication() {
        assertThat(dedication("Un incendie rue Victor-Hugo à Lyon.", "Victor-Hugo")).isTrue();
        assertThat(dedication("À l'aéroport Charles-de-Gaulle, les vols reprennent.", "Charles-de-Gaulle")).isTrue();
        assertThat(dedication("Les élèves du lycée Jacques-Brel.", "Jacques-Brel")).isTrue();
    }

    @Test
    void hyphenatedNameAfterAOrAuIsAVenue() {
        assertThat(dedication("Le tournoi s'ouvre dimanche à Roland-Garros.", "Roland-Garros")).isTrue();
        assertThat(dedication("Le porte-avions est rentré au Charles-de-Gaulle.", "Charles-de-Gaulle")).isTrue();
        assertThat(dedication("Le prix a été remis à Jean-Marc Ayrault.", "Jean-Marc Ayrault")).isFalse();
    }

    @Test
    void personsOwnNameIsNoDedication() {
        assertThat(dedication("Le ministre Éric Dupond-Moretti a parlé.", "Éric Dupond-Moretti")).isFalse();
        assertThat(dedication("Rue Victor Hugo, sans trait d'union.", "Victor Hugo")).isFalse();
        assertThat(dedication("Le maire Victor-Hugo a parlé.", "Victor-Hugo")).isFalse();
        assertThat(dedication("La rue Dupond-Moretti.", "Dupond")).isFalse();
    }

    @Test
    void taggerFindsNoPersonInAStreetOrSchoolName() {
        List<EntityTag> tags = TaggedText.entities("fr", "Incendie au collège Aimé-Césaire",
                "Les pompiers sont intervenus au collège Aimé-Césaire, rue Georges-Brassens, puis à l'hôpital "
                        + "Frantz-Fanon. Les vols ont été détournés vers l'aéroport Charles-de-Gaulle.");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).isEmpty();
        assertThat(TaggedText.names(TaggedText.entities("fr", "Hommage à Aimé Césaire",
                "Le poète Aimé Césaire est mort en 2008 à Fort-de-France."), EntityKind.PERSON))
                .contains("Aimé Césaire");
    }
}
