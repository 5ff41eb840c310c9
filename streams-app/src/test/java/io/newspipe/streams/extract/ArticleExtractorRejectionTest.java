package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pages that are not articles become rejections with a reason, never articles and never exceptions. */
class ArticleExtractorRejectionTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractionOutcome extract(byte[] body, String contentType) {
        return extractor.extract(new PageInput("https://news.example/x", body, contentType, Instant.EPOCH));
    }

    private ExtractionOutcome extract(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    private static String reason(ExtractionOutcome outcome) {
        assertThat(outcome).isInstanceOf(Rejection.class);
        return ((Rejection) outcome).reason();
    }

    @Test
    void emptyAndBlankPages() {
        assertThat(reason(extract(new byte[0], null))).isEqualTo("empty");
        assertThat(reason(extract("  \n\t "))).isEqualTo("empty");
    }

    @Test
    void binaryPayloads() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(reason(extract(png, "text/html"))).isEqualTo("binary");
        assertThat(reason(extract("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII), null))).isEqualTo("binary");
    }

    @Test
    void bytesThatDoNotDecode() {
        byte[] junk = new byte[2000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 + i % 0x40);
        }
        assertThat(reason(extract(junk, "text/html; charset=utf-8"))).isEqualTo("undecodable");
    }

    @Test
    void truncatedDocument() {
        String html = "<!DOCTYPE html><html><head><title>Story</title></head><body><article><p>"
                + "A long paragraph that goes on and on about the news of the day, ".repeat(20) + "and then it sto";
        assertThat(reason(extract(html))).isEqualTo("truncated");
    }

    @Test
    void errorPagesInSeveralLanguages() {
        assertThat(reason(extract("<html><head><title>404 - Page not found</title></head><body><h1>Oops!</h1>"
                + "<p>The page you are looking for may have been moved or deleted.</p></body></html>")))
                .isEqualTo("error_page");
        assertThat(reason(extract("<html dir='rtl'><head><title>خطأ</title></head><body><h1>الصفحة غير موجودة</h1>"
                + "<p>عذراً، لم نتمكن من العثور على الصفحة التي طلبتها. يمكنك العودة إلى الصفحة الرئيسية.</p>"
                + "</body></html>"))).isEqualTo("error_page");
        assertThat(reason(extract("<html><head><title>Page introuvable</title></head><body><h1>Page introuvable"
                + "</h1><p>Désolé, cette page n'existe pas ou plus.</p></body></html>"))).isEqualTo("error_page");
    }

    @Test
    void aStoryAboutSomethingNotFoundIsStillAnArticle() {
        StringBuilder body = new StringBuilder();
        for (int day = 1; day <= 5; day++) {
            body.append("<p>On day ").append(day).append(" rescue teams searched the mountain again, but the missing ")
                    .append("hiker, a 34-year-old teacher from the valley, was not found before dark, officials said.</p>");
        }
        ExtractionOutcome outcome = extract("<html><head><title>Missing hiker not found after three-day search"
                + "</title></head><body><article><h1>Missing hiker not found after three-day search</h1>"
                + body + "</article></body></html>");
        assertThat(outcome).isInstanceOf(ExtractedArticle.class);
    }

    @Test
    void sectionPageOfLinkedTeasersIsNotAnArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>World news</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><main class='section-list'>");
        for (int i = 0; i < 20; i++) {
            html.append("<div class='item'><h3><a href='/world/").append(i).append("'>Headline number ").append(i)
                    .append(" about events somewhere in the world</a></h3><span>2 hours ago</span></div>");
        }
        html.append("</main></body></html>");
        assertThat(reason(extract(html.toString()))).isEqualTo("not_an_article");
    }

    @Test
    void deeplyNestedMarkupNeverThrows() {
        String html = "<div>".repeat(20_000) + "text" + "</div>".repeat(20_000);
        ExtractionOutcome outcome = extract("<html><body>" + html + "</body></html>");
        assertThat(outcome).isInstanceOf(Rejection.class);
    }
}
