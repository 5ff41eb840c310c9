package io.newspipe.producer.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
    private static final String BASE = "http://news.test";

    @Test
    void readsAnIndex() throws Exception {
        SitemapParser.Sitemap sm = SitemapParser.parse(FeedParserTest.fixture("sitemap_index.xml"),
                BASE + "/sitemap_index.xml");
        assertThat(sm.sitemaps()).containsExactly(BASE + "/sitemaps/news.xml");
        assertThat(sm.pages()).isEmpty();
    }

    @Test
    void readsGoogleNewsPublicationDates() throws Exception {
        SitemapParser.Sitemap sm = SitemapParser.parse(FeedParserTest.fixture("sitemaps/news.xml"),
                BASE + "/sitemaps/news.xml");
        assertThat(sm.pages()).extracting(DiscoveredUrl::url).containsExactly(BASE + "/news/2026/world-summit.html",
                BASE + "/news/2026/sport-final.html");
        assertThat(sm.pages()).extracting(DiscoveredUrl::publishedAt).containsExactly(
                Instant.parse("2026-11-24T07:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void readsGzippedAndPlainTextSitemaps() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(FeedParserTest.fixture("sitemaps/news.xml"));
        }
        assertThat(SitemapParser.parse(out.toByteArray(), BASE + "/news.xml.gz").pages()).hasSize(2);
        byte[] text = (BASE + "/a.html\n" + BASE + "/b.html\r\n# comment\n").getBytes(StandardCharsets.UTF_8);
        assertThat(SitemapParser.parse(text, BASE + "/sitemap.txt").pages()).extracting(DiscoveredUrl::url)
                .containsExactly(BASE + "/a.html", BASE + "/b.html");
    }

    @Test
    void lastmodIsTheDateWithoutNews() throws Exception {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + BASE
                + "/x.html</loc><lastmod>2026-10-01T12:00:00+02:00</lastmod></url></urlset>";
        assertThat(SitemapParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE + "/s.xml").pages())
                .singleElement().extracting(DiscoveredUrl::publishedAt).isEqualTo(Instant.parse("2026-10-01T10:00:00Z"));
    }

    @Test
    void rejectsOtherXmlAndBadGzip() {
        assertThatThrownBy(() -> SitemapParser.parse("<html><p>x</p></html>".getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(FeedParser.FeedException.class);
        assertThatThrownBy(() -> SitemapParser.parse(new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}, BASE))
                .isInstanceOf(FeedParser.FeedException.class);
    }
}
