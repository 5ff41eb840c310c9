package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompetitionsTest {

    @Test
    void aDomesticLeagueInArabicOrPersianIsNoOrganisation() {
        assertThat(TaggedText.organisations("fa", "",
                "استقلال در هفته پایانی لیگ برتر با دو گل پیروز شد و به رده سوم جدول رسید."))
                .doesNotContain("Persian Gulf Pro League");
        assertThat(TaggedText.organisations("ar", "",
                "انتقل اللاعب إلى الدوري السعودي للمحترفين بعقد يمتد ثلاثة مواسم."))
                .doesNotContain("Saudi Pro League");
        assertThat(TaggedText.names(TaggedText.entities("ar", "",
                "انتقل اللاعب إلى الدوري السعودي للمحترفين بعقد يمتد ثلاثة مواسم."), EntityKind.COUNTRY))
                .contains("Saudi Arabia");
    }

    @Test
    void onlyTheListedLeaguesAndOnlyInArabicScript() {
        assertThat(Competitions.league("Persian Gulf Pro League")).isTrue();
        assertThat(Competitions.league("Arab League")).isFalse();
        assertThat(TaggedText.organisations("ar", "", "قال الأمين العام لجامعة الدول العربية إن القمة تعقد في بغداد."))
                .contains("Arab League");
        assertThat(TaggedText.organisations("en", "",
                "The Premier League said on Monday that the match would be replayed next month."))
                .contains("Premier League");
    }
}
