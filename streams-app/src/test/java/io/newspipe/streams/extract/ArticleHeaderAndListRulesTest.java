package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The rules added for the failure categories of the held-out set x15 (session 15), each on a small
 * hand-written page: plain lists with a "list" class are text, the header parts of an article (standfirst,
 * meta and date lines) are not, nor is a closing "for the latest news" line.
 */
class ArticleHeaderAndListRulesTest {
    private static final String PROSE = "The committee met on Tuesday, and after a long debate it agreed, with some "
            + "reservations, to publish the report before the end of the month.";

    private static List<String> mainText(String bodyHtml) {
        Document doc = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>");
        MainContent content = new MainContentExtractor().extract(doc.body(), null);
        return content.blocks().stream().map(TextBlock::text).toList();
    }

    private static String paragraphs(int n) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < n; i++) {
            html.append("<p>").append(PROSE).append(" Paragraph ").append(i).append(".</p>");
        }
        return html.toString();
    }

    @Test
    void aPlainListWithAListClassIsTextButALinkListIsNot() {
        String html = "<article class='post'><div class='entry-content'>" + paragraphs(3)
                + "<p>The figures:</p><ul class='wp-block-list'><li>Turnout: 61.3%</li><li>First: 54.3%</li>"
                + "<li>Second: 35.8%</li></ul>" + paragraphs(2)
                + "<ul class='link-list'><li><a href='/a'>Another story entirely</a></li>"
                + "<li><a href='/b'>Yet another story</a></li></ul></div></article>";

        List<String> text = mainText(html);

        assertThat(text).contains("Turnout: 61.3%", "First: 54.3%", "Second: 35.8%");
        assertThat(text).doesNotContain("Another story entirely", "Yet another story");
    }

    @Test
    void theStandfirstAndTheMetaLineOfAnArticleHeaderAreDropped() {
        String html = "<article class='article'><h1>Storm hits the coast</h1>"
                + "<p class='article-chapo'>The storm hit the coast overnight, with record gusts; the region was on red "
                + "alert and thousands of homes lost power. Follow the situation here.</p>"
                + "<div class='article-meta'>Newsroom Published on 02/11/2023 at 06:00, updated at 17:40</div>"
                + "<div class='article-body'>" + paragraphs(5) + "</div></article>";

        List<String> text = mainText(html);

        assertThat(text).hasSize(5).allMatch(t -> t.startsWith(PROSE));
    }

    @Test
    void liveBlogEntryMetaLinesAreDroppedAndTheirTextKept() {
        StringBuilder html = new StringBuilder("<div class='live-posts'>");
        for (int i = 0; i < 4; i++) {
            html.append("<article class='live-post'><div class='live-post__meta'><time>1").append(i)
                    .append("h40</time><span>The newsroom</span></div><div class='live-post__content'><p>")
                    .append(PROSE).append(" Entry ").append(i).append(".</p></div></article>");
        }
        html.append("</div>");

        List<String> text = mainText(html.toString());

        assertThat(text).hasSize(4).allMatch(t -> t.startsWith(PROSE));
    }

    @Test
    void aPositiveClassKeepsItsBodyWhenItsHeadWordIsNotAHeaderPart() {
        String html = "<div class='article-meta-wrapper'><div class='story-text'>" + paragraphs(4) + "</div></div>";

        assertThat(mainText(html)).hasSize(4);
    }

    @Test
    void aClosingForTheLatestNewsLineIsTrimmed() {
        Document doc = Jsoup.parse("<div>" + paragraphs(2)
                + "<p>For the latest news, weather, sports, and streaming video, head to our site.</p></div>");

        List<TextBlock> kept = BlockFilter.filter(BlockSegmenter.segment(doc.body()), null);

        assertThat(kept).hasSize(2);
    }

    @Test
    void headWordsOfClassNames() {
        assertThat(ClassHeadWord.namesHeaderPart("article-meta")).isTrue();
        assertThat(ClassHeadWord.namesHeaderPart("jaf-article__date")).isTrue();
        assertThat(ClassHeadWord.namesHeaderPart("post-body postMeta")).isTrue();
        assertThat(ClassHeadWord.namesHeaderPart("entry-byline_")).isTrue();
        assertThat(ClassHeadWord.namesHeaderPart("article-body")).isFalse();
        assertThat(ClassHeadWord.namesHeaderPart("meta-article")).isFalse();
        assertThat(ClassHeadWord.namesHeaderPart("article-metadata")).isFalse();
        assertThat(ClassHeadWord.namesHeaderPart("")).isFalse();
    }
}
