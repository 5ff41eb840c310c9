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
    void letterFormsTypedFromTheOtherKeyboardDoNotChangeTheLanguage() {
        String arabic = "قال وزير الخارجية إن الحكومة ستعقد اجتماعا مع الوفد الذي وصل إلى العاصمة، وذلك بعد "
                + "المحادثات التي جرت في القاهرة خلال الأسبوع الماضي حول الملفات العالقة بين البلدين.";
        String persian = "وزیر خارجه گفت که دولت با هیئتی که به پایتخت رسیده است دیدار خواهد کرد و این دیدار "
                + "پس از گفت‌وگوهایی است که هفته گذشته در قاهره برای حل مسائل میان دو کشور برگزار شد.";
        // Arabic on a Persian keyboard (ی ک) and Persian on an Arabic one (ي ك): the words still tell them apart
        String arabicWithPersianForms = arabic.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
        String persianWithArabicForms = persian.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643');
        assertThat(IDENTIFIER.identify(null, arabic, null).code()).isEqualTo("ar");
        assertThat(IDENTIFIER.identify(null, arabicWithPersianForms, null).code()).isEqualTo("ar");
        assertThat(IDENTIFIER.identify(null, persian, null).code()).isEqualTo("fa");
        assertThat(IDENTIFIER.identify(null, persianWithArabicForms, null).code()).isEqualTo("fa");
        assertThat(lang("الرئیس السوری یلتقی وزیر الخارجیة فی دمشق")).isEqualTo("ar");
    }

    @Test
    void shortLatinHeadlines() {
        assertThat(lang("Oil prices climb as supply fears grow")).isEqualTo("en");
        assertThat(lang("Le gouvernement annonce une hausse des salaires")).isEqualTo("fr");
        assertThat(lang("Die Regierung erhöht die Steuern")).isEqualTo("de");
    }

    @Test
    void scriptsOfASingleConfiguredLanguageDecideWithoutLingua() {
        assertThat(lang("정부는 내년 예산안을 국회에 제출했다")).isEqualTo("ko");
        assertThat(lang("政府は来年度の予算案を国会に提出した")).isEqualTo("ja");
        assertThat(lang("Правительство внесло проект бюджета в парламент")).isEqualTo("ru");
        assertThat(lang("הממשלה הגישה את הצעת התקציב לכנסת")).isEqualTo("he");
        // Han without kana is Chinese or Japanese: Lingua decides.
        assertThat(lang("政府向议会提交了明年的预算草案")).isEqualTo("zh");
        // With Ukrainian configured, Cyrillic no longer means Russian by itself.
        LanguageIdentifier withUkrainian = new LanguageIdentifier(TaggerSettings.defaults()
                .withLanguages(List.of("en", "ru", "uk")));
        assertThat(withUkrainian.identify("Уряд подав до парламенту проєкт бюджету на наступний рік", null, null)
                .code()).isEqualTo("uk");
    }

    @Test
    void longLatinTextsAreDecidedByFunctionWordsWhenOneLanguageLeadsTwofold() {
        LanguageIdentifier withStopwords = new LanguageIdentifier(TaggerSettings.defaults(), Stopwords.load());
        String body = "The council said on Monday that the new tram line would open in the spring, after the works "
                + "on the bridge were finished. It is the first line in the city for more than forty years, and "
                + "the mayor said that it would carry about thirty thousand people a day when it is complete.";
        assertThat(withStopwords.identify("Tram line to open in spring", body, "fr").code()).isEqualTo("en");
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
