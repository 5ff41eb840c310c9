package io.newspipe.producer.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.producer.config.FetchSettings;
import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.producer.config.SiteSource;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.crawl.PollReport;
import io.newspipe.producer.crawl.SourceCrawler;
import io.newspipe.producer.guard.Cidr;
import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.importer.ImportCommand;
import io.newspipe.producer.importer.ImportReport;
import io.newspipe.producer.publish.KafkaPagePublisher;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.producer.testsite.TestSite;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.schemas.Topics;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The producer against a real in-process KRaft broker: crawled pages, fetch and publish dead letters and a
 * WARC import arrive on the topics under their canonical URLs and decode with the pipeline's serdes.
 */
class ProducerKafkaIntegrationTest {
    private static final List<String> ARTICLES = List.of("/news/2026/economy-budget.html",
            "/news/2026/sport-final.html", "/news/2026/science-mars.html", "/news/2026/arabic-baghdad.html",
            "/news/2026/culture-festival.html", "/news/2026/world-summit.html");

    @TempDir
    Path dir;

    @Test
    void crawledPagesAndDeadLettersReachTheBroker() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(); TestSite site = new TestSite().fixtures("sample-news")) {
            kafka.createTopics(1, Topics.RAW_PAGES, Topics.DEAD_LETTERS);
            ProducerConfig config = ProducerConfig.of(kafka.bootstrapServers()).withMaxPageBytes(200_000);
            ProducerMetrics metrics = ProducerMetrics.simple();
            PollReport report;
            try (KafkaPagePublisher publisher = new KafkaPagePublisher(config, metrics)) {
                report = new SourceCrawler(sources(site), HostResolver.system(), CrawlState.inMemory(), publisher,
                        metrics).pollAll(1);
                publisher.page("https://example.org/huge", page("https://example.org/huge", 300_000));
                publisher.flush();
            }
            assertThat(report.pages()).isEqualTo(ARTICLES.size());

            List<ConsumerRecord<String, byte[]>> raw = consume(kafka.bootstrapServers(), Topics.RAW_PAGES, 6);
            List<ConsumerRecord<String, byte[]>> dead = consume(kafka.bootstrapServers(), Topics.DEAD_LETTERS, 1);

            assertThat(raw).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrderElementsOf(ARTICLES.stream().map(site::url).toList());
            for (ConsumerRecord<String, byte[]> r : raw) {
                RawPage p = NewsSerdes.rawPage().deserializer().deserialize(Topics.RAW_PAGES, r.value());
                assertThat(p.getUrl()).isEqualTo(r.key());
                assertThat(p.getBody().remaining()).isPositive();
            }
            List<DeadLetter> letters = dead.stream()
                    .map(r -> NewsSerdes.deadLetter().deserializer().deserialize(Topics.DEAD_LETTERS, r.value()))
                    .toList();
            assertThat(letters).extracting(d -> d.getStage() + "/" + d.getReason())
                    .containsExactly("publish/too_large");
            assertThat(metrics.count("newspipe.producer.published", "topic", Topics.RAW_PAGES)).isEqualTo(6);
        }
    }

    @Test
    void warcImportReachesTheBroker() throws Exception {
        Path warc = dir.resolve("CC-NEWS-test.warc.gz");
        byte[] html = "<html><body><p>Imported</p></body></html>".getBytes(StandardCharsets.UTF_8);
        try (WarcWriter w = new WarcWriter(warc)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), html).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example/imported.html"))
                    .date(Instant.parse("2026-11-28T12:00:00Z")).body(http).build());
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(1, Topics.RAW_PAGES, Topics.DEAD_LETTERS);
            ImportReport report = ImportCommand.warc(List.of(warc), ProducerConfig.of(kafka.bootstrapServers()));
            assertThat(report.pages()).isEqualTo(1);
            List<ConsumerRecord<String, byte[]>> raw = consume(kafka.bootstrapServers(), Topics.RAW_PAGES, 1);
            assertThat(raw).singleElement().extracting(ConsumerRecord::key)
                    .isEqualTo("https://news.example/imported.html");
        }
    }

    private static Sources sources(TestSite site) {
        FetchSettings fetch = FetchSettings.DEFAULTS.withDelayPerHost(Duration.ZERO)
                .withAllowedNetworks(List.of(Cidr.parse("127.0.0.0/8")));
        return new Sources(fetch, List.of(new SiteSource("sample-news", List.of(),
                List.of(site.url("/sitemap_index.xml")), List.of(site.url("/")), Duration.ofMinutes(5))));
    }

    private static RawPage page(String url, int bodyBytes) {
        return RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.now()).setContentType("text/html")
                .setBody(ByteBuffer.wrap(new byte[bodyBytes])).setSource("feed").setSite("s")
                .setHeaders(Map.of()).setCrawlMetadata(Map.of()).build();
    }

    private static List<ConsumerRecord<String, byte[]>> consume(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "producer-it-" + topic + "-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            // one more short poll: nothing beyond the expected records may be there
            consumer.poll(Duration.ofMillis(500)).forEach(out::add);
        }
        assertThat(out).hasSize(expected);
        return out;
    }
}
