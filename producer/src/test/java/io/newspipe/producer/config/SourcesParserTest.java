package io.newspipe.producer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.producer.guard.Cidr;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesParserTest {
    private static final String CONTRACT_EXAMPLE = """
            fetch:
              user_agent: "Newspipe/1.0 (+https://example.org/newspipe)"
              delay_per_host: 1s              # politeness; robots.txt Crawl-delay wins when larger
              allowed_networks: []            # CIDRs exempt from the private-address guard
            sites:
              - name: example-news
                feeds: ["https://example.org/rss.xml"]
                sitemaps: ["https://example.org/sitemap.xml"]
                start_pages: ["https://example.org/"]
                poll_interval: 5m
            """;

    @Test
    void readsTheContractExample() {
        Sources s = SourcesParser.parse(CONTRACT_EXAMPLE);
        assertThat(s.fetch().userAgent()).isEqualTo("Newspipe/1.0 (+https://example.org/newspipe)");
        assertThat(s.fetch().robotsName()).isEqualTo("newspipe");
        assertThat(s.fetch().delayPerHost()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.fetch().allowedNetworks()).isEmpty();
        assertThat(s.sites()).singleElement().satisfies(site -> {
            assertThat(site.name()).isEqualTo("example-news");
            assertThat(site.feeds()).containsExactly("https://example.org/rss.xml");
            assertThat(site.sitemaps()).containsExactly("https://example.org/sitemap.xml");
            assertThat(site.startPages()).containsExactly("https://example.org/");
            assertThat(site.pollInterval()).isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void appliesDefaults() {
        Sources s = SourcesParser.parse("sites:\n  - name: a\n    feeds: [\"http://a.example/rss\"]\n");
        assertThat(s.fetch()).isEqualTo(FetchSettings.DEFAULTS);
        assertThat(s.sites().get(0).pollInterval()).isEqualTo(SiteSource.DEFAULT_POLL_INTERVAL);
        assertThat(s.sites().get(0).sitemaps()).isEmpty();
        assertThat(SourcesParser.parse("").sites()).isEmpty();
    }

    @Test
    void readsEveryFetchKey() {
        Sources s = SourcesParser.parse("""
                fetch:
                  delay_per_host: 250ms
                  allowed_networks: ["127.0.0.0/8", "::1/128"]
                  connect_timeout: 2s
                  read_timeout: 3s
                  total_timeout: 1m
                  max_redirects: 2
                  max_body_bytes: 1000
                  max_retries: 0
                  max_retry_wait: 1h
                  robots_cache_ttl: 10m
                  content_types: [text/html]
                """);
        FetchSettings f = s.fetch();
        assertThat(f.delayPerHost()).isEqualTo(Duration.ofMillis(250));
        assertThat(f.allowedNetworks()).containsExactly(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"));
        assertThat(f.totalTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(f.maxRetryWait()).isEqualTo(Duration.ofHours(1));
        assertThat(f.maxRedirects()).isEqualTo(2);
        assertThat(f.maxBodyBytes()).isEqualTo(1000);
        assertThat(f.contentTypes()).containsExactly("text/html");
    }

    @Test
    void unknownKeysAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> SourcesParser.parse("fetch:\n  delay: 1s\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fetch.delay");
        assertThatThrownBy(() -> SourcesParser.parse("sites:\n  - name: a\n    feed: [x]\n"))
                .hasMessageContaining("sites[0].feed");
        assertThatThrownBy(() -> SourcesParser.parse("site: []\n")).hasMessageContaining("unknown key site");
    }

    @Test
    void badValuesAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> SourcesParser.parse("sites:\n  - name: a\n    poll_interval: 5 minutes\n"))
                .hasMessageContaining("sites[0].poll_interval");
        assertThatThrownBy(() -> SourcesParser.parse("sites:\n  - feeds: []\n")).hasMessageContaining("name");
        assertThatThrownBy(() -> SourcesParser.parse("sites:\n  - name: a\n  - name: a\n")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> SourcesParser.parse("fetch:\n  allowed_networks: [\"localhost/8\"]\n"))
                .hasMessageContaining("localhost");
        assertThatThrownBy(() -> SourcesParser.parse("fetch: [1, 2\n")).hasMessageContaining("YAML");
    }

    @Test
    void durationsTakeMsSecondsMinutesHours() {
        assertThat(Durations.parse("k", "150ms")).isEqualTo(Duration.ofMillis(150));
        assertThat(Durations.parse("k", "2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Durations.parse("k", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("k", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("k", "0")).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> Durations.parse("poll", "5")).hasMessageContaining("poll");
        assertThatThrownBy(() -> Durations.parse("poll", "1d")).hasMessageContaining("poll");
    }

    @Test
    void listsAreImmutable() {
        Sources s = SourcesParser.parse(CONTRACT_EXAMPLE);
        assertThatThrownBy(() -> s.sites().get(0).feeds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(s.sites())).isEqualTo(s.sites());
    }
}
