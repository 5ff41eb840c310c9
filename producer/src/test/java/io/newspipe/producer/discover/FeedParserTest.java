package io.newspipe.producer.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final String BASE = "http://news.test";

    static byte[] fixture(String path) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/pages/sample-news/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", BASE)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsRss() throws Exception {
        List<DiscoveredUrl> items = FeedParser.parse(fixture("rss.xml"), BASE + "/rss.xml");
        assertThat(items).extracting(DiscoveredUrl::url).containsExactly(BASE + "/news/2026/economy-budget.html",
                BASE + "/news/2026/sport-final.html#comments", BASE + "/private/draft.html");
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(items.get(1).publishedAt()).isEqualTo(Instant.parse("2026-11-21T19:30:00Z"));
    }

    @Test
    void readsAtomPreferringTheAlternateLink() throws Exception {
        List<DiscoveredUrl> items = FeedParser.parse(fixture("atom.xml"), BASE + "/atom.xml");
        assertThat(items).extracting(DiscoveredUrl::url).containsExactly(BASE + "/news/2026/science-mars.html",
                BASE + "/news/2026/economy-budget.html?utm_source=atom&utm_medium=feed");
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void readsJsonFeed() throws Exception {
        List<DiscoveredUrl> items = FeedParser.parse(fixture("feed.json"), BASE + "/feed.json");
        assertThat(items).extracting(DiscoveredUrl::url).containsExactly(BASE + "/news/2026/arabic-baghdad.html",
                BASE + "/news/2026/culture-festival.html");
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void readsRss1AndRelativeLinks() throws Exception {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="http://news.test/"><title>t</title></channel>
                  <item rdf:about="http://news.test/a"><link>/a.html</link><dc:date>2026-11-01</dc:date></item>
                </rdf:RDF>
                """;
        List<DiscoveredUrl> items = FeedParser.parse(rdf.getBytes(StandardCharsets.UTF_8), BASE + "/feeds/index.rdf");
        assertThat(items).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo(BASE + "/a.html");
            assertThat(d.publishedAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        });
    }

    @Test
    void rejectsWhatIsNotAFeed() {
        assertThatThrownBy(() -> FeedParser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(FeedParser.FeedException.class);
        assertThatThrownBy(() -> FeedParser.parse("{\"title\":1}".getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(FeedParser.FeedException.class);
        assertThatThrownBy(() -> FeedParser.parse("{broken".getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(FeedParser.FeedException.class);
        assertThatThrownBy(() -> FeedParser.parse(new byte[0], BASE)).isInstanceOf(FeedParser.FeedException.class);
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><link>http://news.test/&xxe;</link></item></channel></rss>
                """;
        List<DiscoveredUrl> items = FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), BASE + "/rss");
        assertThat(items).allSatisfy(d -> assertThat(d.url()).doesNotContain("root:"));
    }
}
