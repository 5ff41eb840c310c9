package io.newspipe.streams.process;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.avro.RawPage;
import io.newspipe.contracts.FolderPage;
import io.newspipe.contracts.PageFolder;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.metrics.PipelineEvents;
import io.newspipe.streams.stage.DeadLetters;
import io.newspipe.streams.topology.NewsTopology;
import io.newspipe.streams.topology.StreamsProperties;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs the live topology over a folder of pages without a broker ({@code ./newspipe process}):
 * Kafka Streams' {@link TopologyTestDriver} drives the very topology the streams app runs, one page
 * at a time in {@code pages.tsv} order, and every output record is written as a JSON line.
 * Deterministic for the same input. Not thread-safe; one run per instance.
 */
public final class FolderProcessor {
    private final StreamsAppConfig config;

    public FolderProcessor(StreamsAppConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Processes every page of {@code folder} and writes the output records to {@code out}. */
    public ProcessSummary run(Path folder, Path out) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(out, "out");
        PageFolder pages = new PageFolder(folder);
        Path stateDir = Files.createTempDirectory("newspipe-process");
        StreamsAppConfig cfg = config.withStateDir(stateDir).withTopics(TopicNames.withSuffix(""))
                .withoutExtractTimeout();
        Properties props = StreamsProperties.of(cfg);
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        AvroSerde<RawPage> rawSerde = NewsSerdes.rawPage();
        UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
        Map<String, Integer> counts = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(NewsTopology.build(cfg, clock, PipelineEvents.NONE), props);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(cfg.topics().rawPages(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            Outputs outputs = new Outputs(driver, cfg.topics());
            for (FolderPage page : pages.list()) {
                byte[] body;
                try {
                    body = pages.read(page);
                } catch (IOException e) {
                    // a missing or corrupt file is one page lost to the folder, not the end of the run
                    writeUnreadable(writer, page, e, clock, counts);
                    continue;
                }
                RawPage raw = rawPage(page, body);
                in.pipeInput(canonicalizer.canonicalize(page.url()), rawSerde.encode(raw), page.fetchedAt());
                outputs.drainTo(writer, counts);
            }
        } finally {
            deleteRecursively(stateDir);
        }
        return summary(counts);
    }

    /** Writes the {@code import/unreadable} dead letter of a page whose file could not be read, and counts it. */
    private static void writeUnreadable(BufferedWriter writer, FolderPage page, IOException e, Clock clock,
                                        Map<String, Integer> counts) throws IOException {
        writer.write(JsonLines.deadLetter(DeadLetters.ofUrl(page.url(), "import", "unreadable",
                page.file() + ": " + e, clock.instant())));
        writer.newLine();
        counts.merge("in", 1, Integer::sum);
        counts.merge("dead_letter", 1, Integer::sum);
    }

    private static ProcessSummary summary(Map<String, Integer> counts) {
        return new ProcessSummary(counts.getOrDefault("in", 0), counts.getOrDefault("article", 0),
                counts.getOrDefault("revision", 0), counts.getOrDefault("duplicate", 0),
                counts.getOrDefault("dead_letter", 0));
    }

    private static RawPage rawPage(FolderPage page, byte[] body) {
        return RawPage.newBuilder()
                .setUrl(page.url())
                .setFinalUrl(null)
                .setFetchedAt(page.fetchedAt())
                .setHttpStatus(200)
                .setContentType(page.contentType())
                .setHeaders(page.contentType() == null ? Map.of() : Map.of("content-type", page.contentType()))
                .setBody(ByteBuffer.wrap(body))
                .setSource("import")
                .setSite(null)
                .setCrawlMetadata(Map.of())
                .build();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The three output topics of one driver. */
    private static final class Outputs {
        private final TestOutputTopic<String, Article> articles;
        private final TestOutputTopic<String, DuplicateNotice> duplicates;
        private final TestOutputTopic<String, DeadLetter> deadLetters;

        Outputs(TopologyTestDriver driver, TopicNames topics) {
            articles = driver.createOutputTopic(topics.articles(), Serdes.String().deserializer(),
                    NewsSerdes.article().deserializer());
            duplicates = driver.createOutputTopic(topics.duplicates(), Serdes.String().deserializer(),
                    NewsSerdes.duplicateNotice().deserializer());
            deadLetters = driver.createOutputTopic(topics.deadLetters(), Serdes.String().deserializer(),
                    NewsSerdes.deadLetter().deserializer());
        }

        void drainTo(BufferedWriter writer, Map<String, Integer> counts) {
            counts.merge("in", 1, Integer::sum);
            try {
                for (Article a : articles.readValuesToList()) {
                    writer.write(JsonLines.article(a));
                    writer.newLine();
                    counts.merge(a.getRevision() > 1 ? "revision" : "article", 1, Integer::sum);
                }
                for (DuplicateNotice d : duplicates.readValuesToList()) {
                    writer.write(JsonLines.duplicate(d));
                    writer.newLine();
                    counts.merge("duplicate", 1, Integer::sum);
                }
                for (DeadLetter d : deadLetters.readValuesToList()) {
                    writer.write(JsonLines.deadLetter(d));
                    writer.newLine();
                    counts.merge("dead_letter", 1, Integer::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
