package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The rules added for the failure categories of the held-out set x16 (session 16), each on a small
 * hand-written page: AMP ad elements, captions set inline in the body, paywall boxes, and lead or
 * sub-headline paragraphs outside the article's text are not text; the article's own paragraphs around them
 * are kept.
 */
class InBodyFurnitureRulesTest {
    private static final String PROSE = "The committee met on Tuesday, and after a long debate it agreed, with some "
            + "reservations, to publish the report before the end of the month.";

    private static List<String> mainText(String bodyHtml) {
        Document doc = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>");
        MainContent content = new MainContentExtractor().extract(doc.body(), null);
        return content.blocks().stream().map(TextBlock::text).toList();
    }

    private static String paragraphs(int n) {
        return paragraphs(0, n);
    }

    /** Paragraphs numbered from {@code from}: repeated paragraphs would be dropped as repeats. */
    private static String paragraphs(int from, int n) {
        StringBuilder html = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            html.append("<p>").append(PROSE).append(" Paragraph ").append(i).append(".</p>");
        }
        return html.toString();
    }

    @Test
    void anAmpAdPlaceholderBetweenParagraphsIsNotText() {
        String html = "<article><div class='article-body'>" + paragraphs(2)
                + "<amp-ad width='300' height='250' type='doubleclick'><div placeholder>إعلان</div></amp-ad>"
                + paragraphs(2, 3) + "</div></article>";

        List<String> text = mainText(html);

        assertThat(text).hasSize(5).allMatch(t -> t.startsWith(PROSE));
    }

    @Test
    void aCaptionSetInlineInTheBodyIsNotTextButOtherSpansAre() {
        String html = "<div class='story'>" + paragraphs(2)
                + "<div class='embed media'><img src='a.jpg'><span class='caption'>Rescuers at the crash site on Monday</span></div>"
                + "<p>" + PROSE + " <span class='highlight'>Kept words.</span></p>"
                + "<div class='embed'><img src='b.jpg'><span class='imgCaption'>The minister on arrival</span> "
                + "<small class='photo-credit'>Agency photo</small></div>" + paragraphs(2, 2) + "</div>";

        List<String> text = mainText(html);

        assertThat(text).hasSize(5).contains(PROSE + " Kept words.");
        assertThat(String.join(" ", text)).doesNotContain("Rescuers", "minister on arrival", "Agency photo");
    }

    @Test
    void inlineCaptionReadsCaptionAndCreditClassesOnly() {
        Document doc = Jsoup.parse("<span class='wp-caption-text'>a</span><span class='Caption'>b</span>"
                + "<span class='credit'>c</span><span class='highlight'>d</span><span>e</span><em class='note'>f</em>");

        List<Boolean> verdicts = doc.select("span, em").stream().map(InlineCaptions::isCaption).toList();

        assertThat(verdicts).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void aPaywallBoxAfterTheServedParagraphsIsNotText() {
        String html = "<article class='article'><div class='article-body'>" + paragraphs(2)
                + "<div class='premium-paywall'><p>This story is for members only, and 80% of it is left for you to "
                + "read.</p><p>Become a member today, with no commitment, to read on.</p></div></div></article>";

        List<String> text = mainText(html);

        assertThat(text).hasSize(2).allMatch(t -> t.startsWith(PROSE));
    }

    @Test
    void aStoryWrappedWhollyInAPaywallClassKeepsItsText() {
        String html = "<article><div class='paywall'>" + paragraphs(5) + "</div></article>";

        assertThat(mainText(html)).hasSize(5);
    }

    @Test
    void leadAndSubHeadlineParagraphsOutsideTheTextAreDroppedButAnArticleLeadIsKept() {
        String html = "<div class='item'><h1 class='headline'>Storm hits the coast</h1>"
                + "<p class='sub-headline'>The storm hit the coast overnight, with record gusts, and thousands of homes "
                + "lost power across the region.</p>"
                + "<p class='lead'>Tehran, the agency: officials said on Saturday, after the count, that the turnout had "
                + "risen in the second round.</p>"
                + "<div class='body'><p class='article-lead'>" + PROSE + " Lead.</p>" + paragraphs(4) + "</div></div>";

        List<String> text = mainText(html);

        assertThat(text).hasSize(5).allMatch(t -> t.startsWith(PROSE)).contains(PROSE + " Lead.");
    }
}
