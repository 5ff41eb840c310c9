package io.newspipe.demo;

import io.newspipe.demo.site.DemoExpectations;
import io.newspipe.demo.site.DemoSite;
import io.newspipe.demo.site.SiteInfo;
import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.config.SourcesParser;
import io.newspipe.producer.crawl.PollReport;
import io.newspipe.producer.crawl.SourceCrawler;
import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.publish.KafkaPagePublisher;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.metrics.GroupLagReader;
import io.newspipe.streams.metrics.PartitionLag;
import io.newspipe.streams.route.Route;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./newspipe demo}: an embedded KRaft broker, the streams app, the bundled sample sites on
 * loopback and the producer crawling them twice (the second time after one story was corrected), then
 * waits until every raw page is accounted for on articles, duplicates or dead letters and prints a
 * summary. Touches nothing beyond loopback. Not thread-safe; one run per instance.
 */
public final class DemoRunner {
    private static final String APP_ID = "newspipe-demo";
    private static final int PARTITIONS = 3;
    private static final List<String> ROUTED = List.of("news.articles.lang.ar.v1", "news.articles.lang.en.v1",
            "news.articles.lang.fr.v1");
    private final PrintStream out;
    private final Duration timeout;

    public DemoRunner(PrintStream out, Duration timeout) {
        this.out = Objects.requireNonNull(out, "out");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Runs the demo; returns the process exit code (0 when every page is accounted for). */
    public int run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("newspipe-demo");
        step(1, "starting an embedded Kafka broker (KRaft) on loopback");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            TopicNames topics = TopicNames.withSuffix("");
            kafka.createTopics(PARTITIONS, topics.rawPages(), topics.articles(), topics.duplicates(),
                    topics.deadLetters());
            kafka.createTopics(PARTITIONS, ROUTED.toArray(String[]::new));
            out.println("      broker " + kafka.bootstrapServers() + "; topics created (" + PARTITIONS + " partitions)");
            step(2, "starting the streams app (exactly_once_v2, 2 stream threads)");
            StreamsAppConfig config = StreamsAppConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                    .withApplicationId(APP_ID).withStateDir(work.resolve("streams-state")).withThreads(2)
                    .withHttpPort(0).withRoutes(Route.parseAll(
                            "lang:ar=" + ROUTED.get(0) + ",lang:en=" + ROUTED.get(1) + ",lang:fr=" + ROUTED.get(2)));
            try (StreamsApp app = StreamsApp.start(config);
                 DemoSite site = DemoSite.start()) {
                if (!app.awaitRunning(Duration.ofSeconds(60))) {
                    out.println("streams app did not reach RUNNING: " + app.state());
                    return 1;
                }
                out.println("      RUNNING; metrics and health on http://127.0.0.1:" + app.httpPort() + "/metrics");
                return crawlAndReport(kafka, app, site, topics, work, start);
            }
        } finally {
            deleteQuietly(work);
        }
    }

    private int crawlAndReport(EmbeddedKafka kafka, StreamsApp app, DemoSite site, TopicNames topics, Path work,
            long start) throws IOException, InterruptedException {
        step(3, "serving " + site.sites().size() + " sample news sites on loopback");
        for (SiteInfo s : site.sites()) {
            out.printf(Locale.ROOT, "      %-18s %-3s %s%n", s.name(), s.language(), s.baseUrl());
        }
        Sources sources = SourcesParser.parse(site.writeSourcesYaml(work));
        ProducerMetrics metrics = ProducerMetrics.simple();
        try (KafkaPagePublisher publisher = new KafkaPagePublisher(ProducerConfig.of(kafka.bootstrapServers()),
                metrics); CrawlState state = CrawlState.inMemory()) {
            SourceCrawler crawler = new SourceCrawler(sources, HostResolver.system(), state, publisher, metrics);
            step(4, "crawling feeds and sitemaps politely (robots.txt, conditional GET)");
            PollReport first = crawler.pollAll(2);
            out.println("      first poll: " + first);
            site.publishCorrection();
            step(5, "one story was corrected on its site; polling again");
            PollReport second = crawler.pollAll(2);
            out.println("      second poll: " + second);
            publisher.flush();
        }
        long rawPages = rawPageCount(kafka, topics.rawPages());
        step(6, "waiting until all " + rawPages + " raw pages are accounted for");
        OutputTally tally = new OutputTally();
        boolean done;
        try (OutputReader reader = new OutputReader(kafka.bootstrapServers(), topics, "newspipe-demo-reader")) {
            done = reader.readUntil(tally, () -> tally.pipelineOutputs() >= rawPages, timeout);
        }
        List<PartitionLag> lag = new GroupLagReader(kafka.admin()).read(APP_ID, List.of(topics.rawPages()));
        new DemoSummary(out).print(rawPages, tally, lag, site.expectations(),
                Duration.ofNanos(System.nanoTime() - start));
        boolean balanced = done && tally.pipelineOutputs() == rawPages;
        out.println(balanced ? "OK: every raw page is accounted for exactly once."
                : "FAILED: " + tally.pipelineOutputs() + " output records for " + rawPages + " raw pages.");
        return balanced ? 0 : 1;
    }

    private long rawPageCount(EmbeddedKafka kafka, String topic) throws InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        try {
            return kafka.admin().listOffsets(request).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic, e);
        }
    }

    private void step(int n, String what) {
        out.printf(Locale.ROOT, "[%d/6] %s%n", n, what);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless; the OS cleans tmp
        }
    }

}
