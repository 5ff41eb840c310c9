package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportedNamesTest {
    @Test
    void clubIsReportedByItsCommonName() {
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Persepolis F.C.")).isEqualTo("Persepolis");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Sepahan S.C.")).isEqualTo("Sepahan");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Al Sadd SC")).isEqualTo("Al Sadd");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Valencia CF")).isEqualTo("Valencia");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Al-Ittihad Club (Jeddah)")).isEqualTo("Al-Ittihad");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Shabab Al-Ahli Club")).isEqualTo("Shabab Al-Ahli");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Abha Club")).isEqualTo("Abha");
    }

    @Test
    void otherNamesKeepTheirWordsAndLoseTheDisambiguation() {
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Young Journalists Club"))
                .isEqualTo("Young Journalists Club");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Liberal Democratic Party (Japan)"))
                .isEqualTo("Liberal Democratic Party");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "FC")).isEqualTo("FC");
        assertThat(ReportedNames.of(EntityKind.PERSON, "John Smith SC")).isEqualTo("John Smith SC");
    }

    @Test
    void taggerReportsAPersianClubWithoutItsSuffix() {
        assertThat(TaggedText.names(TaggedText.entities("fa", "پیروزی سپاهان در اصفهان",
                "تیم سپاهان روز جمعه در ورزشگاه نقش جهان اصفهان با دو گل برنده شد."), EntityKind.ORGANIZATION))
                .contains("Sepahan");
    }
}
