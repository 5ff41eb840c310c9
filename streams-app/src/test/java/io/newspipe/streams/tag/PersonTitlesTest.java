package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTitlesTest {
    @Test
    void aStyledShortNameIsReportedByItsTitle() {
        assertThat(ReportedNames.of(EntityKind.PERSON, "Queen Rania")).isEqualTo("Queen Rania of Jordan");
        assertThat(ReportedNames.of(EntityKind.PERSON, "Patriarch Kirill")).isEqualTo("Patriarch Kirill of Moscow");
        assertThat(ReportedNames.of(EntityKind.PERSON, "Salva Kiir")).isEqualTo("Salva Kiir Mayardit");
    }

    @Test
    void otherPeopleAndOtherKindsKeepTheirName() {
        assertThat(ReportedNames.of(EntityKind.PERSON, "Pope Francis")).isEqualTo("Pope Francis");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Queen Rania")).isEqualTo("Queen Rania");
        assertThat(PersonTitles.of("Salva Kiir Mayardit")).isEqualTo("Salva Kiir Mayardit");
    }
}
