package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-looking pages with heavy boilerplate (menus, share bars, "read also" lines inside the body, related
 * boxes, tag and source footers, comments, cookie banners, CSS) in Arabic, Persian, French and English.
 */
class ArticleExtractorFixturesTest {

    private static ExtractedArticle article(String path, String contentType) {
        ExtractionOutcome outcome = FixturePages.extract(path, "https://news.example/" + path, contentType);
        assertThat(outcome).isInstanceOf(ExtractedArticle.class);
        return (ExtractedArticle) outcome;
    }

    private static final String ARABIC = "akhbar-alyawm/iraq-coalition-talks.html";
    private static final String PERSIAN = "khabar-rooz/tehran-air-pollution.html";
    private static final String FRENCH = "le-quotidien/reforme-retraites.html";
    private static final String ENGLISH = "daily-courier/port-strike.html";
    private static final String ARABIC_LEGACY = "sawt-almadina/book-fair.html";

    @Test
    void arabicBodyKeepsTheStoryAndDropsReadAlsoTagsSourceAndTheGluedArticle() {
        ExtractedArticle a = article(ARABIC, null);
        assertThat(a.title()).isEqualTo("انطلاق الحوار بين العراق والولايات المتحدة بشأن إنهاء مهمة التحالف");
        assertThat(a.bodyText()).startsWith("انطلقت، اليوم السبت، الجولة الأولى للحوار الثنائي")
                .contains("وشارك رئيس الوزراء العراقي محمد شياع السوداني")
                .contains("اللجنة العسكرية العليا ستبحث ضمن ثلاث مجموعات")
                .endsWith("\"سيكون بالتأكيد جزءا من المناقشات مع تقدم الأمور\".")
                .doesNotContain("اقرأ أيضاً", "إقرأ أيضا", "أخبار ذات صلة", "كلمات دلالية", "المصدر", "مقالات مشابهة",
                        "الرباط", "الأكثر قراءة", "إعلان", "ملفات تعريف الارتباط", "display:block", "dataLayer",
                        "الرئيسية", "فيسبوك", "جميع الحقوق", "(أرشيف)");
        assertThat(a.bodyText().split("\n\n")).hasSize(6);
        assertThat(a.textDirection()).isEqualTo("rtl");
        assertThat(a.bodyHtml()).doesNotContain("<script", "<style").contains("<p>");
    }

    @Test
    void persianBodyKeepsZwnjAndDropsSeeAlsoTagsRelatedAndComments() {
        ExtractedArticle a = article(PERSIAN, null);
        assertThat(a.title()).isEqualTo("تعطیلی مدارس تهران در پی آلودگی شدید هوا");
        assertThat(a.bodyText()).contains("شاخص کیفیت هوای تهران امروز دوشنبه به عدد ۱۸۷ رسید")
                .contains("می‌گویند")
                .contains("به گفته کارشناسان هواشناسی، با ورود سامانه بارشی از روز چهارشنبه")
                .doesNotContain("بیشتر بخوانید", "برچسب‌ها", "اخبار مرتبط", "نظرات", "بچه‌ها از آموزش مجازی",
                        "پربازدیدترین", "قیمت دلار", "تمامی حقوق", "صفحه اصلی", "تلگرام", "کد خبر");
        assertThat(a.textDirection()).isEqualTo("rtl");
    }

    @Test
    void frenchBodyKeepsTheSubheadingAndDropsLireAussiAdsCaptionNewsletterAndComments() {
        ExtractedArticle a = article(FRENCH, null);
        assertThat(a.title()).isEqualTo("Retraites : le Sénat adopte la réforme après des débats tendus");
        assertThat(a.bodyText()).contains("Le Sénat a adopté samedi soir, par 195 voix contre 112")
                .contains("Une opposition vent debout")
                .contains("Les syndicats, unis depuis le début du mouvement")
                .doesNotContain("Lire aussi", "Publicité", "Photo : AFP", "newsletter", "Mots-clés",
                        "Sur le même sujet", "Jean-Marc", "carrières longues restent pénalisées", "Les plus lus",
                        "cookies", "Partager", "Tous droits");
        assertThat(a.textDirection()).isEqualTo("ltr");
    }

    @Test
    void englishBodyDropsAdvertisementReadMoreRelatedCaptionAndSignup() {
        ExtractedArticle a = article(ENGLISH, null);
        assertThat(a.title()).isEqualTo("Dockworkers end three-day strike after pay deal");
        assertThat(a.bodyText()).startsWith("Tens of thousands of dockworkers")
                .contains("The deal raises wages by about 62 percent over six years")
                .endsWith("before the extension expires.")
                .doesNotContain("Advertisement", "Read more", "Related", "Port strike: what to know", "Reuters",
                        "Morning Brief", "Topics", "More from Business", "Comments", "Most Popular", "cookies",
                        "Skip to content", "Gift this article", "By Hannah Lee");
        assertThat(a.bodyText().split("\n\n")).hasSize(6);
    }

    @Test
    void legacyWindows1256PageWithBreakSeparatedParagraphs() {
        ExtractedArticle a = article(ARABIC_LEGACY, "text/html; charset=windows-1256");
        assertThat(a.title()).contains("افتتاح معرض الكتاب الدولي بمشاركة 400 دار نشر");
        assertThat(a.bodyText().split("\n\n")).hasSize(4);
        assertThat(a.bodyText()).startsWith("افتتح وزير الثقافة صباح اليوم الخميس")
                .doesNotContain("المصدر", "أخبار متعلقة", "أخبار عاجلة", "جميع الحقوق", "font-size", "الرئيسية");
    }

    @Test
    void legacyPageDecodesFromItsMetaCharsetWithoutAHeader() {
        assertThat(article(ARABIC_LEGACY, null).bodyText()).startsWith("افتتح وزير الثقافة صباح اليوم الخميس");
    }

    @Test
    void datesComeFromTheMetadata() {
        assertThat(article(ARABIC, null).publishedAt()).isEqualTo(Instant.parse("2024-01-27T11:30:00Z"));
        assertThat(article(PERSIAN, null).publishedAt()).isEqualTo(Instant.parse("2023-12-18T05:45:00Z"));
        assertThat(article(FRENCH, null).publishedAt()).isEqualTo(Instant.parse("2023-03-11T21:40:00Z"));
        assertThat(article(ENGLISH, null).publishedAt()).isEqualTo(Instant.parse("2024-10-04T18:05:00Z"));
    }

    @Test
    void authorsComeFromTheMetadata() {
        assertThat(article(ARABIC, null).authors()).isEqualTo(List.of("محمد الحسيني"));
        assertThat(article(PERSIAN, null).authors()).isEqualTo(List.of("سارا رضایی"));
        assertThat(article(FRENCH, null).authors()).isEqualTo(List.of("Claire Dubois"));
        assertThat(article(ENGLISH, null).authors()).isEqualTo(List.of("Hannah Lee", "Marcus Osei"));
    }
}
