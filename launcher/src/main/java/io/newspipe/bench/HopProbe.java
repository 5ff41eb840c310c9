package io.newspipe.bench;

import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupMessage;
import io.newspipe.streams.dedup.DedupMessageCodec;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.topology.Names;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debug-only (system property {@value #PROPERTY} = a report file): a read_committed reader of the dedup
 * input, the dedup protocol and the article and duplicate topics, noting for every page when each hop became
 * visible ({@link HopTimes}); the bench appends one table per latency phase to the file. Started after the
 * drain, reading from the topics' ends. Thread-safe.
 */
final class HopProbe implements AutoCloseable {
    static final String PROPERTY = "newspipe.bench.hops";
    private static final Logger LOG = LoggerFactory.getLogger(HopProbe.class);
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String input;
    private final String protocol;
    private final DedupMessageCodec codec = new DedupMessageCodec(DedupConfig.defaults());
    private final HopTimes times = new HopTimes();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private final Path file;
    private volatile Instant phaseStart = Instant.now();

    HopProbe(String bootstrap, String input, String protocol, List<String> outputs, Path file) {
        this.input = Objects.requireNonNull(input, "input");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.file = Objects.requireNonNull(file, "file");
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        List<String> topics = new ArrayList<>(outputs);
        topics.add(input);
        topics.add(protocol);
        for (String t : topics) {
            consumer.partitionsFor(t).forEach(i -> parts.add(new TopicPartition(t, i.partition())));
        }
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position);
        this.thread = new Thread(this::loop, "newspipe-bench-hops");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A running probe of the app's dedup topics and the article and duplicate topics when {@value #PROPERTY}
     * names a file, else null.
     */
    static HopProbe startIfRequested(StreamsAppConfig cfg, TopicNames topics) {
        String f = System.getProperty(PROPERTY);
        if (f == null || f.isBlank()) {
            return null;
        }
        return new HopProbe(cfg.bootstrapServers(), cfg.applicationId() + "-" + Names.REPARTITION_DEDUP
                + "-repartition", cfg.dedupProtocolTopic(), List.of(topics.articles(), topics.duplicates()), Path.of(f));
    }

    /** Forgets the pages seen so far and notes when the phase starts. */
    void newPhase() {
        times.clear();
        phaseStart = Instant.now();
    }

    /** Appends the phase's table to the report file, after a last half-second of polls. */
    void report(double fraction, double maxRate) throws InterruptedException {
        Thread.sleep(500);
        String table = times.report(String.format(Locale.ROOT, "%.0f %% of %.1f pages/s, %s to %s", 100 * fraction,
                maxRate, phaseStart, Instant.now()));
        LOG.info("{}", table);
        try {
            Files.writeString(file, table + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("hop report not written to {}", file, e);
        }
    }

    private void loop() {
        try {
            while (running.get()) {
                var batch = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : batch) {
                    note(r, now);
                }
            }
        } catch (WakeupException e) {
            LOG.debug("hop probe woken up to stop", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void note(ConsumerRecord<byte[], byte[]> r, long now) {
        if (r.key() == null) {
            return;
        }
        if (r.topic().equals(input)) {
            times.seen(ByteBuffer.wrap(r.key()).getLong(), HopTimes.INPUT, r.timestamp(), now);
        } else if (r.topic().equals(protocol)) {
            DedupMessage m = codec.decode(ByteBuffer.wrap(r.key()).getLong(), r.value());
            if (m instanceof DedupMessage.BandRequest q) {
                times.seen(q.article().articleIdHash(), HopTimes.REQUEST, r.timestamp(), now);
            } else if (m instanceof DedupMessage.BandAnswer a) {
                times.seen(a.routingKey(), HopTimes.ANSWER, r.timestamp(), now);
            } else if (m instanceof DedupMessage.Inquiry i && !i.notice()) {
                times.seen(i.from().articleIdHash(), HopTimes.INQUIRY, r.timestamp(), now);
            } else if (m instanceof DedupMessage.Answer a) {
                times.seen(a.routingKey(), HopTimes.REPLY, r.timestamp(), now);
            }
        } else {
            String id = new String(r.key(), StandardCharsets.UTF_8);
            times.seen(DedupStateCodec.articleIdHash(id), HopTimes.OUTPUT, r.timestamp(), now);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
    }
}
