package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishNamesInFrenchTest {
    @Test
    void aCapitalisedRunEndingWithAnEnglishHeadIsReportedAsWritten() {
        assertThat(TaggedText.organisations("fr", "Épidémie",
                "Selon le Kigali Virology Research Centre, deux nouveaux cas ont été confirmés lundi dans la capitale,"
                        + " où les équipes de santé poursuivent le traçage des contacts depuis la semaine dernière."))
                .contains("Kigali Virology Research Centre");
    }

    @Test
    void frenchWordOrderAndGenericNamesAreLeftAlone() {
        assertThat(TaggedText.organisations("fr", "Vote",
                "La Haute Autorité indépendante a statué mardi, et la National Bank a publié ses chiffres lundi."))
                .noneMatch(n -> n.contains("Autorité") || n.equals("National Bank"));
    }
}
