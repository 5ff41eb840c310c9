package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LanguageHintsTest {

    private static String lang(String html) {
        Document doc = Jsoup.parse(html);
        return LanguageHints.language(doc, PageScan.of(doc), JsonLd.parse(List.of()));
    }

    @Test
    void primarySubtagFromEachSource() {
        assertThat(lang("<html lang='ar-EG'><p>x</p></html>")).isEqualTo("ar");
        assertThat(lang("<html><head><meta http-equiv='content-language' content='fa-IR'></head></html>")).isEqualTo("fa");
        assertThat(lang("<html><head><meta property='og:locale' content='fr_FR'></head></html>")).isEqualTo("fr");
        assertThat(lang("<html lang='EN'></html>")).isEqualTo("en");
        assertThat(lang("<html lang='x'></html>")).isNull();
        assertThat(lang("<html lang='{{lang}}'></html>")).isNull();
        assertThat(LanguageHints.primary("zh-Hant-TW")).isEqualTo("zh");
        assertThat(LanguageHints.primary("ckb")).isEqualTo("ckb");
    }

    @Test
    void directionFromAttributeLanguageOrScript() {
        assertThat(LanguageHints.direction(Jsoup.parse("<html dir='rtl' lang='en'></html>"), "en", null)).isEqualTo("rtl");
        assertThat(LanguageHints.direction(Jsoup.parse("<html><body dir='RTL'></body></html>"), null, null)).isEqualTo("rtl");
        assertThat(LanguageHints.direction(Jsoup.parse("<html></html>"), "ur", null)).isEqualTo("rtl");
        assertThat(LanguageHints.direction(Jsoup.parse("<html></html>"), "he", null)).isEqualTo("rtl");
        assertThat(LanguageHints.direction(Jsoup.parse("<html></html>"), "fr", "عنوان")).isEqualTo("ltr");
        assertThat(LanguageHints.direction(Jsoup.parse("<html></html>"), null, "خبر عاجل: Iraq")).isEqualTo("rtl");
        assertThat(LanguageHints.direction(Jsoup.parse("<html></html>"), null, null)).isEqualTo("ltr");
    }
}
