package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Block segmentation, content location and block classification on small hand-written pages. */
class BlockScoringTest {
    private static final String PROSE = "The committee met on Tuesday, and after a long debate it agreed, with some "
            + "reservations, to publish the report before the end of the month.";

    private static TextBlock block(String html) {
        Document doc = Jsoup.parse("<div>" + html + "</div>");
        List<TextBlock> blocks = BlockSegmenter.segment(doc.body());
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    @Test
    void segmenterSplitsAtBlocksAndDoubleBreaksAndSkipsScriptAndHiddenText() {
        Document doc = Jsoup.parse("<div>first line<br>same paragraph<br><br>second paragraph"
                + "<script>var x = 1;</script><style>.a{color:red}</style><p style='display: none'>hidden</p>"
                + "<p>third <a href='/x'>linked</a></p></div>");
        List<TextBlock> blocks = BlockSegmenter.segment(doc.body());
        assertThat(blocks).extracting(TextBlock::text)
                .containsExactly("first line same paragraph", "second paragraph", "third linked");
        assertThat(blocks.get(2).linkWeight()).isEqualTo("linked".length());
        assertThat(blocks.get(2).kind()).isEqualTo(TextBlock.Kind.PARAGRAPH);
    }

    @Test
    void hanCharactersWeighMoreThanLatinLetters() {
        assertThat(block("<p>日本語の文章</p>").weight()).isEqualTo(18);
        assertThat(block("<p>abcdef</p>").weight()).isEqualTo(6);
    }

    @Test
    void classifiesProseLinksCuesAndShortBlocks() {
        assertThat(BlockFilter.classify(block("<p>" + PROSE + "</p>"), "")).isEqualTo(BlockFilter.Verdict.GOOD);
        assertThat(BlockFilter.classify(block("<p><a href='/a'>" + PROSE + "</a></p>"), ""))
                .isEqualTo(BlockFilter.Verdict.BAD);
        assertThat(BlockFilter.classify(block("<p>اقرأ أيضاً: <a href='/n/1'>عنوان خبر آخر</a></p>"), ""))
                .isEqualTo(BlockFilter.Verdict.NOISE);
        assertThat(BlockFilter.classify(block("<p>Advertisement</p>"), "")).isEqualTo(BlockFilter.Verdict.NOISE);
        assertThat(BlockFilter.classify(block("<p>He said no.</p>"), "")).isEqualTo(BlockFilter.Verdict.SHORT);
        assertThat(BlockFilter.classify(block("<p>المصدر: وكالات</p>"), "")).isEqualTo(BlockFilter.Verdict.NOISE);
        assertThat(BlockFilter.classify(block("<p>مصدر أمني قال إن الهجوم لم يسفر عن إصابات.</p>"), ""))
                .isEqualTo(BlockFilter.Verdict.SHORT);
        assertThat(BlockFilter.classify(block("<h1>Big news</h1>"), "")).isEqualTo(BlockFilter.Verdict.BAD);
    }

    @Test
    void shortBlocksFollowTheirNeighboursAndSectionLabelsDropWhatFollows() {
        Document doc = Jsoup.parse("<div><p>By Jane Roe</p><p>" + PROSE + "</p><p>He said no.</p><p>" + PROSE
                + " Again.</p><h3>أخبار ذات صلة</h3><p><a href='/1'>Teaser one</a></p><p>Teaser two text</p>"
                + "<p>Follow us on Twitter for more.</p></div>");
        List<TextBlock> kept = BlockFilter.filter(BlockSegmenter.segment(doc.body()), null);
        assertThat(kept).extracting(TextBlock::text)
                .containsExactly(PROSE, "He said no.", PROSE + " Again.");
    }

    @Test
    void closingNoticesAreTrimmed() {
        Document doc = Jsoup.parse("<div><p>" + PROSE + "</p><p>" + PROSE + " More.</p>"
                + "<p>Sign up for our newsletter and get the news in your inbox every morning, free of charge.</p></div>");
        List<TextBlock> kept = BlockFilter.filter(BlockSegmenter.segment(doc.body()), null);
        assertThat(kept).hasSize(2);
    }

    @Test
    void locatorPicksTheProseContainerAndMarksFurniture() {
        StringBuilder html = new StringBuilder("<nav class='menu'><a href='/'>Home</a> <a href='/w'>World</a></nav>"
                + "<div class='layout'><div class='story-body' id='story'>");
        for (int i = 0; i < 5; i++) {
            html.append("<p>").append(PROSE).append(" Paragraph ").append(i).append(".</p>");
        }
        html.append("</div><div class='related-posts'><h3>Related</h3>");
        for (int i = 0; i < 6; i++) {
            html.append("<p><a href='/r").append(i).append("'>Another story about something else entirely, number ")
                    .append(i).append("</a> with a summary line, too.</p>");
        }
        html.append("</div></div>");
        Document doc = Jsoup.parse(html.toString());
        List<TextBlock> blocks = BlockSegmenter.segment(doc.body());
        List<Boolean> furniture = new ArrayList<>();
        List<Element> roots = new ContentLocator(doc.body()).locate(blocks, furniture);
        assertThat(roots).extracting(Element::id).containsExactly("story");
        for (int i = 0; i < blocks.size(); i++) {
            boolean inRelated = blocks.get(i).text().contains("Another story") || blocks.get(i).text().equals("Related");
            boolean inNav = blocks.get(i).owner().normalName().equals("nav");
            assertThat(furniture.get(i)).as(blocks.get(i).text()).isEqualTo(inRelated || inNav);
        }
    }

    @Test
    void theFirstOfTwoSimilarStoriesWins() {
        StringBuilder html = new StringBuilder("<main>");
        for (String id : new String[] {"first", "next"}) {
            String heading = id.equals("first") ? "h1" : "h2";
            html.append("<article class='story' id='").append(id).append("'><").append(heading).append(">Story ")
                    .append(id).append("</").append(heading).append('>');
            int paragraphs = id.equals("first") ? 5 : 6;
            for (int i = 0; i < paragraphs; i++) {
                html.append("<p>").append(PROSE).append(' ').append(id).append(' ').append(i).append(".</p>");
            }
            html.append("</article><div class='ad'>Advertisement</div>");
        }
        html.append("</main>");
        Document doc = Jsoup.parse(html.toString());
        List<TextBlock> blocks = BlockSegmenter.segment(doc.body());
        List<Element> roots = new ContentLocator(doc.body()).locate(blocks, new ArrayList<>());
        assertThat(roots).extracting(Element::id).containsExactly("first");
    }

    @Test
    void classNamesReadAsHints() {
        assertThat(BoilerplateCues.hint("related-posts", "")).isEqualTo(BoilerplateCues.Hint.STRONG_NEGATIVE);
        assertThat(BoilerplateCues.hint("c-shareBar", "")).isEqualTo(BoilerplateCues.Hint.STRONG_NEGATIVE);
        assertThat(BoilerplateCues.hint("read-more-box", "")).isEqualTo(BoilerplateCues.Hint.STRONG_NEGATIVE);
        assertThat(BoilerplateCues.hint("entry-content", "")).isEqualTo(BoilerplateCues.Hint.POSITIVE);
        assertThat(BoilerplateCues.hint("sidebar", "")).isEqualTo(BoilerplateCues.Hint.WEAK_NEGATIVE);
        assertThat(BoilerplateCues.hint("header", "")).isEqualTo(BoilerplateCues.Hint.WEAK_NEGATIVE);
        assertThat(BoilerplateCues.hint("shadow-lg", "")).isEqualTo(BoilerplateCues.Hint.NONE);
    }
}
