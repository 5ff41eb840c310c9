package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown people (given names no list holds) found by the words around them; names invented for the test. */
class PersonContextsTest {
    private static final String EN_TAIL = " The events took place in the evening and were confirmed by several "
            + "sources.";
    private static final String FR_TAIL = " Les faits se sont produits dans la soirée et ont été confirmés par "
            + "plusieurs sources.";

    private static List<String> people(String language, String sentence) {
        String body = sentence + ("fr".equals(language) ? FR_TAIL : EN_TAIL);
        return TaggedText.names(TaggedText.entities(language, null, body), EntityKind.PERSON);
    }

    @Test
    void personVerbAfterTheName() {
        assertThat(people("en", "The coach took charge in March after Koralo Basetti stepped down for health reasons."))
                .contains("Koralo Basetti");
        assertThat(people("fr", "Après des semaines de pression, Koralo Basetti a démissionné de son poste."))
                .contains("Koralo Basetti");
    }

    @Test
    void sentenceOpeningSelon() {
        assertThat(people("fr", "Selon Koralo Basetti, la situation est grave dans toute la région."))
                .contains("Koralo Basetti");
    }

    @Test
    void joinedToALinkedPerson() {
        assertThat(people("en", "South Africa looked on course before Koralo Basetti and Jasprit Bumrah took key "
                + "wickets in the final overs.")).contains("Koralo Basetti", "Jasprit Bumrah");
    }

    @Test
    void appositionWithAPossessiveRole() {
        assertThat(people("en", "On Monday, Koralo Basetti, the country's finance minister, said inflation "
                + "would fall.")).contains("Koralo Basetti");
    }

    @Test
    void nameBetweenCommasAfterARoleFurtherBack() {
        assertThat(people("en", "The grand imam of the mosque in the capital, Koralo Basetti, signed the declaration."))
                .contains("Koralo Basetti");
        assertThat(people("fr", "Son successeur par intérim, Koralo Basetti, a dédié le titre aux supporteurs."))
                .contains("Koralo Basetti");
    }

    @Test
    void countryPossessiveBeforeAClause() {
        assertThat(people("en", "Hungary's Koralo Basetti will spend about two weeks in orbit running experiments."))
                .contains("Koralo Basetti");
        assertThat(people("en", "Later, in remarks at Vietnam's Communal Fisheries headquarters, the minister spoke."))
                .isEmpty();
    }

    @Test
    void everydayRoleWordsAndHyphenParticles() {
        assertThat(people("en", "The book by the Indian writer and lawyer Koralo Basetti won the award."))
                .contains("Koralo Basetti");
        assertThat(people("fr", "La victime Koralo Basetti avait été menacée à plusieurs reprises."))
                .contains("Koralo Basetti");
        assertThat(people("en", "Army chief General Kora-uz-Basetti said an interim government would be formed."))
                .contains("Kora-uz-Basetti");
    }

    @Test
    void nounsOfAPersonsLifeAndFate() {
        assertThat(people("en", "Koralo Basetti's lawyer said the charges were politically motivated.")).contains(
                "Koralo Basetti");
        assertThat(people("en", "Thousands attended the funeral of Koralo Basetti in the capital on Sunday."))
                .contains("Koralo Basetti");
        assertThat(people("fr", "Les obsèques de Koralo Basetti ont rassemblé des milliers de personnes dimanche."))
                .contains("Koralo Basetti");
        assertThat(people("en", "Koralo Basetti, who heads the regional union, promised the strike would go on."))
                .contains("Koralo Basetti");
        assertThat(people("fr", "Koralo Basetti, âgé de 34 ans, a été interpellé mardi à son domicile.")).contains(
                "Koralo Basetti");
    }

    @Test
    void passivesOnlyPeopleTake() {
        assertThat(people("en", "Koralo Basetti was sworn in as president on Monday after winning the runoff."))
                .contains("Koralo Basetti");
        assertThat(people("fr", "Au second tour, Koralo Basetti a été élu avec une large avance sur son rival."))
                .contains("Koralo Basetti");
        assertThat(people("en", "Koralo Basetti was founded in 1921 as a small workshop making bicycles.")).isEmpty();
    }

    @Test
    void noCueNoPerson() {
        assertThat(people("en", "The team beat Koralo Basetti in the final round of the regional cup on Sunday."))
                .isEmpty();
    }
}
