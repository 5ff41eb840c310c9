package io.newspipe.producer.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.producer.config.SiteSource;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.publish.CountingSink;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.producer.testsite.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProducerServiceTest {
    @TempDir
    Path dir;

    @Test
    void pollsAtTheSiteIntervalPublishesOnceAndStopsGracefully() throws Exception {
        try (TestSite site = new TestSite().fixtures("sample-news")) {
            Sources base = SourceCrawlerTest.sources(site, 1 << 20);
            SiteSource s = base.sites().get(0);
            Sources sources = new Sources(base.fetch(), List.of(new SiteSource(s.name(), s.feeds(), s.sitemaps(),
                    s.startPages(), Duration.ofMillis(200))));
            CountingSink sink = new CountingSink(false);
            ProducerService service = ProducerService.start(sources, CrawlState.open(dir), sink,
                    ProducerMetrics.simple(), HostResolver.system());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (service.totals().notModified() < 2 * SourceCrawlerTest.LISTINGS.size()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            service.close();
            service.close();

            assertThat(service.totals().notModified()).isGreaterThanOrEqualTo(2 * SourceCrawlerTest.LISTINGS.size());
            assertThat(sink.pages()).isEqualTo(6);
            assertThat(site.paths()).filteredOn(p -> p.startsWith("/news/")).hasSize(6);
            assertThat(Files.readAllLines(dir.resolve(CrawlState.FILE))).filteredOn(l -> l.startsWith("S\t"))
                    .hasSize(7);
        }
    }

    @Test
    void runReportsABadConfigurationWithoutExiting() throws Exception {
        Path props = dir.resolve("producer.properties");
        Files.writeString(props, "bootstrap.servers=127.0.0.1:1\nsources=missing.yaml\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ProducerService.run(props, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("missing.yaml");
    }
}
