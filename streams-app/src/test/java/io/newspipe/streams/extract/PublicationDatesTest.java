package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    private static Instant published(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        PageScan scan = PageScan.of(doc);
        return PublicationDates.published(scan, JsonLd.parse(scan.jsonLd), url, null);
    }

    @Test
    void jsonLdBeatsMetaBeatsTimeElement() {
        String ld = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-01-02T00:00:00Z\"}</script>";
        String meta = "<meta property=article:published_time content=2024-01-03T00:00:00Z>";
        String time = "<time datetime=2024-01-04T00:00:00Z>4 Jan</time>";
        assertThat(published(ld + meta + time, "https://e.org/a")).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(published(meta + time, "https://e.org/a")).isEqualTo(Instant.parse("2024-01-03T00:00:00Z"));
        assertThat(published(time, "https://e.org/a")).isEqualTo(Instant.parse("2024-01-04T00:00:00Z"));
    }

    @Test
    void metaVariants() {
        for (String m : List.of("<meta name=pubdate content=20240105>", "<meta name=DC.date.issued content=2024-01-05>",
                "<meta itemprop=datePublished content=2024-01-05>", "<meta name=sailthru.date content='2024-01-05 00:00:00'>",
                "<meta name=parsely-pub-date content=2024-01-05T00:00:00Z>", "<meta name=date content='January 5, 2024'>")) {
            Instant at = published(m, "https://e.org/a");
            if (m.contains("20240105")) {
                assertThat(at).as(m).isNull(); // compact digits are not a date we guess at
            } else {
                assertThat(at).as(m).isEqualTo(Instant.parse("2024-01-05T00:00:00Z"));
            }
        }
    }

    @Test
    void microdataTimeWithPubdateWins() {
        String html = "<aside><time datetime=2020-01-01>old</time></aside>"
                + "<article><time pubdate datetime='2024-02-03T10:00:00+01:00'>3 février</time></article>";
        assertThat(published(html, "https://e.org/a")).isEqualTo(Instant.parse("2024-02-03T09:00:00Z"));
    }

    @Test
    void urlDates() {
        assertThat(PublicationDates.urlDate("https://e.org/2024/01/15/story")).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(PublicationDates.urlDate("https://e.org/news/2024-1-5-story")).isEqualTo(Instant.parse("2024-01-05T00:00:00Z"));
        assertThat(PublicationDates.urlDate("https://e.org/2024/13/45/story")).isNull();
        assertThat(PublicationDates.urlDate("https://e.org/2024/01/story")).isNull();
        assertThat(PublicationDates.urlDate("https://e.org/id/123456/2024")).isNull();
    }

    @Test
    void textDateOnADifferentDayDoesNotOverrideTheUrl() {
        String html = "<h1>Headline here</h1><p class=date>3 March 2023 10:00</p>";
        assertThat(published(html, "https://e.org/2024/01/15/x")).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(published(html, "https://e.org/2023/03/03/x")).isEqualTo(Instant.parse("2023-03-03T10:00:00Z"));
    }

    @Test
    void modifiedFromJsonLdAndMeta() {
        Document doc = Jsoup.parse("<meta property=og:updated_time content=2024-05-06T07:08:09+02:00>");
        PageScan scan = PageScan.of(doc);
        assertThat(PublicationDates.modified(scan, JsonLd.parse(scan.jsonLd))).isEqualTo(Instant.parse("2024-05-06T05:08:09Z"));
    }
}
