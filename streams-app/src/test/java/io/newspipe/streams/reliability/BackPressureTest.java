package io.newspipe.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.config.TopicNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Back-pressure: the app's producer is throttled by a broker quota (a slow output) while far more
 * input than its heap arrives. With the bounded settings documented in {@code docs/reliability.md}
 * ({@code buffered.records.per.partition}, producer {@code buffer.memory}, consumer fetch sizes) the
 * app stays alive in a small heap ({@code -XX:+ExitOnOutOfMemoryError}: an OOM would end it), keeps
 * producing, and the backlog stays in Kafka. Set {@code -Dnewspipe.reliability.backpressure.defaults=true}
 * to run the same with Kafka Streams' defaults for comparison.
 */
class BackPressureTest {
    private static final int PAGES = Integer.getInteger("newspipe.reliability.backpressure.pages", 400);
    private static final int PAGE_BYTES = 250_000;
    // 160 MB: a heap dump of an out-of-memory end at 114 MB (the tagger's ~58 MB of tables, ~45 MB of buffered
    // 250 KB records, the page in hand) showed 128 MB left ~10 MB of headroom; a fresh machine's first CI run ended there
    private static final int HEAP_MB = Integer.getInteger("newspipe.reliability.backpressure.heap-mb", 160);
    private static final String HEAP = "-Xmx" + HEAP_MB + "m";
    // each new article needs its dedup protocol round trips (band requests and answers on the protocol
    // topic), each visible only after a commit of the throttled producer's transaction: the first outputs
    // come later than with the single-task dedup (measured: 0 in 40 s, 6 in 100 s; 4 in 40 s before, and
    // 0 in 90 s once on a loaded CI machine), so the watch lasts at least WATCH and then until the first
    // output, up to MAX_WATCH
    private static final Duration WATCH = Duration.ofSeconds(60);
    private static final Duration MAX_WATCH = Duration.ofSeconds(300);
    @TempDir
    Path dir;

    @Test
    void aThrottledOutputDoesNotGrowTheAppsMemoryWithoutBound() throws Exception {
        boolean defaults = Boolean.getBoolean("newspipe.reliability.backpressure.defaults");
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        TopicNames topics = TopicNames.withSuffix("." + EmbeddedKafka.uniqueName("backpressure"));
        kafka.createTopics(3, topics.rawPages(), topics.articles(), topics.duplicates(), topics.deadLetters());
        String clientId = EmbeddedKafka.uniqueName("slowapp");
        // a slow output: the stream thread's producer may write 512 KB/s in all (repartition topics included)
        kafka.admin().alterClientQuotas(List.of(new ClientQuotaAlteration(
                new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID, clientId + "-StreamThread-1-producer")),
                List.of(new ClientQuotaAlteration.Op("producer_byte_rate", 512.0 * 1024))))).all().get();
        Map<String, String> extra = new HashMap<>(Map.of("kafka.client.id", clientId));
        if (!defaults) {
            extra.putAll(BOUNDED);
        }
        // a heap dump on OOM (in target/reliability) says what filled the heap if this ever fails
        Path dumps = Files.createDirectories(Path.of("target", "reliability").toAbsolutePath());
        List<String> jvm = new ArrayList<>(List.of(HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + dumps, "-XX:+ExitOnOutOfMemoryError"));
        String appId = EmbeddedKafka.uniqueName("newspipe-bp");
        List<PageCorpus.Fed> pages = bigPages(PAGES);
        long fedBytes = pages.stream().mapToLong(p -> p.value().length).sum();
        ExecutorService feeder = Executors.newSingleThreadExecutor();
        try (AppProcess app = new AppProcess(dir.resolve("app"), ProcessConfigs.streams(kafka.bootstrapServers(),
                appId, topics, dir.resolve("state"), 0, extra), jvm);
             OutputLedger ledger = new OutputLedger(kafka.bootstrapServers(), topics, Map.of())) {
            app.start();
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).as("log:%n%s", app.log()).isTrue();
            Future<?> feeding = feeder.submit(() -> {
                Feeder.feed(kafka.bootstrapServers(), topics.rawPages(), pages, Duration.ZERO,
                        Map.of("max.request.size", "2097152"));
                return null;
            });
            long peakRssKb = 0;
            long start = System.nanoTime();
            long elapsed = 0;
            while (keepWatching(elapsed, ledger.total()) && app.isAlive()) {
                ledger.poll(Duration.ofSeconds(1));
                peakRssKb = Math.max(peakRssKb, rssKb(app.pid()));
                elapsed = System.nanoTime() - start;
            }
            boolean alive = app.isAlive();
            feeding.get();
            int out = ledger.total();
            record(defaults, fedBytes, out, Duration.ofNanos(elapsed), peakRssKb, alive);
            assertThat(alive).as("app alive in %s under a slow output; log tail:%n%s", HEAP, tail(app.log())).isTrue();
            assertThat(out).as("the app keeps producing, throttled").isPositive();
            assertThat(out).as("the output really was slow: a backlog stayed in Kafka").isLessThan(PAGES);
            assertThat(fedBytes).as("the backlog is more than half the app's heap")
                    .isGreaterThan(HEAP_MB * 1024L * 1024 / 2);
        } finally {
            feeder.shutdownNow();
        }
    }

    private static boolean keepWatching(long elapsedNanos, int outputs) {
        return elapsedNanos < WATCH.toNanos() || (outputs == 0 && elapsedNanos < MAX_WATCH.toNanos());
    }

    /** The memory bounds a deployment with large pages should set (see docs/reliability.md). */
    static final Map<String, String> BOUNDED = Map.of(
            "kafka.buffered.records.per.partition", "8",
            "kafka.consumer.max.poll.records", "8",
            "kafka.consumer.fetch.max.bytes", "4194304",
            "kafka.consumer.max.partition.fetch.bytes", "1048576",
            "kafka.producer.buffer.memory", "4194304",
            "kafka.statestore.cache.max.bytes", "1048576");

    private static List<PageCorpus.Fed> bigPages(int n) {
        List<PageCorpus.Fed> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String url = "https://big.example/news/" + i;
            // every paragraph differs, so the extractor keeps them all and the article stays big
            StringBuilder html = new StringBuilder(PAGE_BYTES + 200)
                    .append("<html><head><title>Big report ").append(i).append("</title></head><body><article>");
            for (int p = 0; html.length() < PAGE_BYTES; p++) {
                html.append("<p>Report ").append(i).append(", part ").append(p).append(": the council met again on")
                        .append(" Tuesday to discuss the harbor budget, item ").append(p * 31 + i)
                        .append(", the strike and the bridge repairs residents have awaited since the storm.</p>\n");
            }
            byte[] body = html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
            pages.add(new PageCorpus.Fed(url, BadPages.html(url, body), PageCorpus.Kind.NEW));
        }
        return pages;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void record(boolean defaults, long fedBytes, int out, Duration window, long peakRssKb, boolean alive)
            throws IOException {
        Path file = Path.of("target", "reliability", "backpressure-figures.tsv");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "settings\theap\tpages_fed\tmb_fed\toutputs_in_window\twindow_s\tpeak_rss_mb\talive\n",
                    StandardCharsets.UTF_8);
        }
        String line = String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s%n", defaults ? "defaults" : "bounded",
                HEAP, PAGES, fedBytes / (1024 * 1024), out, window.toSeconds(), peakRssKb / 1024, alive);
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.print("back-pressure figures: " + line);
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }
}
