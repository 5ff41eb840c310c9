package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    private final MetadataExtractor extractor = new MetadataExtractor();
    private final PageDecoder decoder = new PageDecoder();

    private PageMetadata page(String resource, String url) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/pages/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            DecodedPage decoded = decoder.decode(in.readAllBytes(), "text/html");
            return extractor.extract(Jsoup.parse(decoded.text(), url), url);
        }
    }

    @Test
    void arabicPageWithJsonLdGraph() throws IOException {
        PageMetadata m = page("rafidain-news/meta-iraq-coalition.html",
                "https://www.rafidain-news.iq/politics/2024/01/27/iraq-us-dialogue?utm_source=fb");
        assertThat(m.title()).isEqualTo("بدء الحوار الثنائي بين العراق والولايات المتحدة لإنهاء مهمة التحالف");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-01-27T08:20:00Z"));
        assertThat(m.modifiedAt()).isEqualTo(Instant.parse("2024-01-27T10:05:00Z"));
        assertThat(m.authors()).containsExactly("علي حسين الموسوي");
        assertThat(m.site()).isEqualTo("الرافدين نيوز");
        assertThat(m.declaredCanonicalUrl()).isEqualTo("https://www.rafidain-news.iq/politics/2024/01/27/iraq-us-dialogue");
        assertThat(m.imageUrl()).isEqualTo("https://www.rafidain-news.iq/uploads/2024/01/sudani-meeting.jpg");
        assertThat(m.languageHint()).isEqualTo("ar");
        assertThat(m.textDirection()).isEqualTo("rtl");
        assertThat(m.description()).startsWith("انطلقت اليوم السبت");
        assertThat(m.siteKeywords()).containsExactly("العراق", "التحالف الدولي", "داعش", "السوداني");
    }

    @Test
    void levantineArabicPageWithDatesOnlyInTheText() throws IOException {
        PageMetadata m = page("sham-press/meta-damascus-prices.html", "https://sham-press.sy/local/fuel-prices-3");
        assertThat(m.title()).isEqualTo("ارتفاع أسعار المحروقات في دمشق للمرة الثالثة هذا العام");
        // The date beside the headline, not the older one in the related-news sidebar; ص = a.m.
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-01-14T10:30:00Z"));
        assertThat(m.modifiedAt()).isNull();
        // meta author names the site itself: rejected; the byline gives the two reporters.
        assertThat(m.authors()).containsExactly("سامر الأحمد", "ريم خوري");
        assertThat(m.textDirection()).isEqualTo("rtl");
        assertThat(m.siteKeywords()).containsExactly("دمشق", "المحروقات", "الأسعار");
        assertThat(m.declaredCanonicalUrl()).isNull();
    }

    @Test
    void gulfArabicPageInWindows1256WithHijriBesideGregorian() throws IOException {
        PageMetadata m = page("khaleej-today/meta-riyadh-rain.html", "https://www.khaleej-today.sa/local/riyadh-rain");
        assertThat(m.title()).isEqualTo("أمطار غزيرة تغلق طرقاً رئيسية في الرياض");
        // The Gregorian date wins over the Hijri one printed first; ص = a.m.
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-01-31T08:15:00Z"));
        // "Dateline - Name": the city is not an author.
        assertThat(m.authors()).containsExactly("سعد العتيبي");
        assertThat(m.site()).isEqualTo("khaleej-today.sa");
        assertThat(m.siteKeywords()).containsExactly("الرياض", "أمطار", "الدفاع المدني");
        assertThat(m.textDirection()).isEqualTo("rtl");
    }

    @Test
    void persianPageWithOpenGraphAndJalaliText() throws IOException {
        PageMetadata m = page("tehran-daily/meta-tehran-metro.html", "https://www.tehran-daily.ir/news/81234");
        assertThat(m.title()).isEqualTo("افتتاح خط جدید مترو تهران تا پایان سال");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-01-15T06:15:00Z"));
        assertThat(m.modifiedAt()).isEqualTo(Instant.parse("2024-01-15T08:30:00Z"));
        assertThat(m.authors()).containsExactly("مریم رضایی");
        assertThat(m.languageHint()).isEqualTo("fa");
        assertThat(m.textDirection()).isEqualTo("rtl");
        assertThat(m.site()).isEqualTo("خبرگزاری تهران دیلی");
        assertThat(m.siteKeywords()).containsExactly("مترو", "تهران");
        assertThat(m.imageUrl()).isEqualTo("https://cdn.tehran-daily.ir/images/metro-line.jpg");
    }

    @Test
    void frenchPageWithABrokenJsonLdBlockBesideAGoodOne() throws IOException {
        PageMetadata m = page("le-quotidien/meta-greve-sncf.html", "https://www.le-quotidien.fr/societe/greve-sncf");
        assertThat(m.title()).isEqualTo("Grève à la SNCF : le trafic fortement perturbé ce jeudi");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-02-01T06:05:00Z"));
        assertThat(m.authors()).containsExactly("Jean Dupont", "Marie Lefèvre");
        assertThat(m.site()).isEqualTo("Le Quotidien");
        assertThat(m.languageHint()).isEqualTo("fr");
        assertThat(m.textDirection()).isEqualTo("ltr");
        assertThat(m.siteKeywords()).containsExactly("grève", "SNCF", "transports");
    }

    @Test
    void englishPageWithBylineMetaAndLogoHeading() throws IOException {
        PageMetadata m = page("daily-example/meta-senate-budget.html",
                "https://www.daily-example.com/politics/senate-stopgap-budget?ref=home");
        assertThat(m.title()).isEqualTo("Senate passes stopgap budget hours before shutdown deadline");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-03-09T03:15:00Z"));
        assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(m.site()).isEqualTo("The Daily Example");
        assertThat(m.declaredCanonicalUrl()).isEqualTo("https://www.daily-example.com/politics/senate-stopgap-budget");
        assertThat(m.imageUrl()).isEqualTo("https://images.daily-example.com/2024/03/senate.jpg");
        assertThat(m.languageHint()).isEqualTo("en");
    }

    @Test
    void blogWithoutMetaFallsBackToTitleSuffixRelAuthorAndVisibleDate() throws IOException {
        PageMetadata m = page("tech-notes/meta-rust-borrow-checker.html",
                "https://tech-notes.dev/2023/04/12/borrow-checker-2/");
        assertThat(m.title()).isEqualTo("Understanding the borrow checker, part 2");
        // The URL gives the day; the visible text gives the time and its +05:30 zone.
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2023-04-12T13:10:00Z"));
        assertThat(m.authors()).containsExactly("Priya Natarajan");
        assertThat(m.site()).isEqualTo("tech-notes.dev");
        assertThat(m.languageHint()).isNull();
        assertThat(m.textDirection()).isEqualTo("ltr");
        assertThat(m.siteKeywords()).isEmpty();
    }

    @Test
    void urlDateAloneIsMidnightUtc() {
        Document doc = Jsoup.parse("<html><head><title>A story</title></head><body><p>x</p></body></html>");
        PageMetadata m = extractor.extract(doc, "https://example.org/news/2022/11/03/a-story.html");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2022-11-03T00:00:00Z"));
        assertThat(m.title()).isEqualTo("A story");
        assertThat(m.site()).isEqualTo("example.org");
    }

    @Test
    void directionFromScriptWhenNothingIsDeclared() {
        Document doc = Jsoup.parse("<title>خبر عاجل من بغداد</title><p>نص</p>");
        assertThat(extractor.extract(doc, "https://x.example/a").textDirection()).isEqualTo("rtl");
    }

    @Test
    void emptyDocumentGivesEmptyMetadata() {
        PageMetadata m = extractor.extract(Jsoup.parse(""), "not a url");
        assertThat(m.title()).isNull();
        assertThat(m.site()).isEqualTo("unknown");
        assertThat(m.authors()).isEmpty();
        assertThat(m.publishedAt()).isNull();
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryMarkup(@ForAll String junk) {
        String html = "<html><head><meta name=author content=\"" + junk + "\"><script type=application/ld+json>"
                + junk + "</script><title>" + junk + "</title></head><body><h1>" + junk + "</h1><time datetime=\""
                + junk + "\">" + junk + "</time></body></html>";
        assertThat(extractor.extract(Jsoup.parse(html), "https://example.org/" + junk)).isNotNull();
    }
}
