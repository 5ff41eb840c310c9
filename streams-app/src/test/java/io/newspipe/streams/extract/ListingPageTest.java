package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Section pages made of teaser cards are not articles, even when each card has a summary sentence. */
class ListingPageTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String card(int i, boolean linkAroundHeading) {
        String heading = "Councillors debate plan number " + i + " for the old grain docks and the harbour front";
        String h = linkAroundHeading ? "<a href=\"/news/" + i + ".html\"><h2>" + heading + "</h2></a>"
                : "<h3><a href=\"/news/" + i + ".html\">" + heading + "</a></h3>";
        return "<article class=\"card\">" + h + "<p>Councillors voted " + (20 + i) + " to " + (10 + i)
                + " to back the redevelopment of the old grain docks, despite objections over affordable housing"
                + " and traffic on the coast road, and officials promised a new consultation next spring.</p>"
                + "<time>26 November 2026</time></article>";
    }

    private ExtractionOutcome extract(String html) {
        return extractor.extract(new PageInput("https://herald.example/news/local/",
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", Instant.EPOCH));
    }

    @Test
    void aGridOfTeaserCardsIsNotAnArticle() {
        for (boolean around : new boolean[] {true, false}) {
            StringBuilder html = new StringBuilder("<html><head><title>Local news</title></head><body><main>"
                    + "<h1>Local news</h1><section class=\"grid\">");
            for (int i = 0; i < 6; i++) {
                html.append(card(i, around));
            }
            html.append("</section></main></body></html>");

            assertThat(extract(html.toString())).isInstanceOfSatisfying(Rejection.class,
                    r -> assertThat(r.reason()).isEqualTo("not_an_article"));
        }
    }

    @Test
    void anArticleFollowedByRelatedCardsIsStillAnArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>Docks vote</title></head><body><main><article>"
                + "<h1>Council backs the grain docks plan</h1>");
        for (int p = 0; p < 6; p++) {
            html.append("<p>Paragraph ").append(p).append(" of the story: councillors debated the redevelopment for"
                    + " five hours, residents spoke about housing and traffic, and the mayor promised that the plan"
                    + " would be reviewed again before any building work starts next year.</p>");
        }
        html.append("</article><section class=\"related\">");
        for (int i = 0; i < 5; i++) {
            html.append(card(i, false));
        }
        html.append("</section></main></body></html>");

        assertThat(extract(html.toString())).isInstanceOf(ExtractedArticle.class);
    }
}
