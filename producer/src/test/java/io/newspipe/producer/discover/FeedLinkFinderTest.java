package io.newspipe.producer.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedLinkFinderTest {
    @Test
    void findsAlternateFeedLinksAsAbsoluteUrls() throws Exception {
        byte[] html = FeedParserTest.fixture("index.html");
        assertThat(FeedLinkFinder.find(html, "utf-8", "http://news.test/")).containsExactly(
                "http://news.test/rss.xml", "http://news.test/atom.xml", "http://news.test/feed.json");
    }

    @Test
    void ignoresOtherLinksAndSurvivesABadCharsetName() {
        byte[] html = ("<html><head><link rel=stylesheet href=/s.css><link rel=\"alternate\" hreflang=fr href=/fr/>"
                + "<link rel=\"Alternate\" type=\"application/atom+xml; charset=utf-8\" href=\"/a.atom\"></head></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FeedLinkFinder.find(html, "no-such-charset", "http://news.test/x/"))
                .containsExactly("http://news.test/a.atom");
    }
}
