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
    void aNationalJudiciaryIsReportedByItsWikipediaTitle() {
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Iranian Judiciary", "IR")).isEqualTo("Judiciary of Iran");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Iraqi Judiciary", "IQ")).isEqualTo("Judiciary of Iraq");
        // another country's adjective, no country, or another body keep the canonical name
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Iranian Judiciary", "IQ")).isEqualTo("Iranian Judiciary");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Iranian Judiciary", null)).isEqualTo("Iranian Judiciary");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Superior Council of the Judiciary (Tunisia)", "TN"))
                .isEqualTo("Superior Council of the Judiciary");
    }

    @Test
    void taggerReportsTheIranianJudiciaryByItsTitleWithItsId() {
        java.util.List<EntityTag> tags = TaggedText.entities("fa", "",
                "قوه قضاییه روز سه‌شنبه اعلام کرد پرونده به دادگاه فرستاده شده است.");
        assertThat(tags).filteredOn(t -> t.name().equals("Judiciary of Iran"))
                .extracting(EntityTag::id).containsExactly("newspipe:organization:iranian-judiciary");
    }

    @Test
    void taggerReportsAPersianClubWithoutItsSuffix() {
        assertThat(TaggedText.names(TaggedText.entities("fa", "پیروزی سپاهان در اصفهان",
                "تیم سپاهان روز جمعه در ورزشگاه نقش جهان اصفهان با دو گل برنده شد."), EntityKind.ORGANIZATION))
                .contains("Sepahan");
    }
}
