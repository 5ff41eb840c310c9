package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.people;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The French and francophone blocks of the curated lists, read through the whole tagger. */
class FrancophoneListsTest {
    @Test
    void unionsAgenciesAndCourtsAreOrganisations() {
        assertThat(TaggedText.organisations("fr", "Retraites : l'intersyndicale appelle à la grève",
                "La CFDT, la CFTC, la CFE-CGC, l'UNSA, Solidaires et la FSU appellent à manifester jeudi. Le "
                        + "Parquet national financier a ouvert une enquête et la Cour de justice de la République "
                        + "a été saisie."))
                .contains("CFE-CGC", "French Confederation of Christian Workers",
                        "National Union of Autonomous Trade Unions", "Union syndicale Solidaires",
                        "Fédération syndicale unitaire", "Parquet national financier",
                        "Court of Justice of the Republic");
    }

    @Test
    void mediaAndPublishersAreOrganisations() {
        assertThat(TaggedText.organisations("fr", "Le prix Goncourt attribué à un roman publié chez Gallimard",
                "Le lauréat, publié par Éditions Gallimard, s'est confié à France Inter et à Franceinfo, puis au "
                        + "quotidien belge Le Soir."))
                .contains("Éditions Gallimard", "France Inter", "Franceinfo", "Le Soir")
                .doesNotContain("Radio France", "France Télévisions");
    }

    @Test
    void ministersAndLeadersArePeople() {
        assertThat(people("fr", "Remaniement : Agnès Pannier-Runacher et Éric Dupond-Moretti quittent le "
                + "gouvernement",
                "La secrétaire générale de la CFDT, Marylise Léon, a reçu le président du Medef, Patrick Martin. "
                        + "Le Premier ministre québécois François Legault était à Paris."))
                .contains("Agnès Pannier-Runacher", "Éric Dupond-Moretti", "Marylise Léon", "Patrick Martin",
                        "François Legault");
    }

    @Test
    void acronymsThatAreEnglishWordsOrOtherBodiesAreNotFrenchBodies() {
        // CFTC is the US futures regulator in English news, DRM digital rights management, DNA the molecule
        assertThat(TaggedText.organisations("en", "CFTC fines trader over DNA data sold without DRM",
                "The Commodity Futures Trading Commission (CFTC) said on Monday the trader had sold DNA test data."))
                .doesNotContain("French Confederation of Christian Workers", "Direction du renseignement militaire",
                        "Dernières Nouvelles d'Alsace");
    }
}
