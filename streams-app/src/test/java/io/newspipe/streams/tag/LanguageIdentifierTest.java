package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(TaggerSettings.defaults());

    private static String lang(String title) {
        return IDENTIFIER.identify(title, null, null).code();
    }

    @Test
    void tellsArabicPersianAndUrduHeadlinesApart() {
        assertThat(lang("الحكومة العراقية تقر الموازنة بعد جلسة طويلة")).isEqualTo("ar");
        assertThat(lang("دولت عراق بودجه را پس از جلسه‌ای طولانی تصویب کرد")).isEqualTo("fa");
        assertThat(lang("عراقی حکومت نے طویل اجلاس کے بعد بجٹ منظور کر لیا")).isEqualTo("ur");
    }

    @Test
    void shortLatinHeadlines() {
        assertThat(lang("Oil prices climb as supply fears grow")).isEqualTo("en");
        assertThat(lang("Le gouvernement annonce une hausse des salaires")).isEqualTo("fr");
        assertThat(lang("Die Regierung erhöht die Steuern")).isEqualTo("de");
    }

    @Test
    void directionFollowsTheLanguage() {
        assertThat(IDENTIFIER.identify("مذاکرات ادامه می‌یابد", null, null).direction()).isEqualTo("rtl");
        assertThat(IDENTIFIER.identify("Talks continue", "Negotiators met again on Monday.", null).direction())
                .isEqualTo("ltr");
    }

    @Test
    void hintOnlyBreaksTies() {
        // A clearly English text stays English whatever the page declares.
        assertThat(IDENTIFIER.identify("The minister said the talks would continue next week in the capital",
                null, "fr-FR").code()).isEqualTo("en");
        // No letters at all: the hint is all there is.
        assertThat(IDENTIFIER.identify("2024 — 10:30", "", "fr-FR").code()).isEqualTo("fr");
        assertThat(IDENTIFIER.identify("", "", null).code()).isNull();
    }

    @Test
    void languageListIsConfigurable() {
        LanguageIdentifier onlyArabicAndEnglish = new LanguageIdentifier(
                TaggerSettings.defaults().withLanguages(List.of("ar", "en")));
        assertThat(onlyArabicAndEnglish.identify("دولت عراق بودجه را تصویب کرد", null, null).code())
                .isEqualTo("ar");
        assertThatThrownBy(() -> TaggerSettings.defaults().withLanguages(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hintCodeIsTheTwoLetterPrefix() {
        assertThat(LanguageIdentifier.hintCode("ar-IQ")).isEqualTo("ar");
        assertThat(LanguageIdentifier.hintCode(" FR ")).isEqualTo("fr");
        assertThat(LanguageIdentifier.hintCode("x")).isNull();
        assertThat(LanguageIdentifier.hintCode(null)).isNull();
    }
}
