package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.config.TopicNames;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code read_committed} consumer of the three output topics on its own thread: counts what is
 * visible (articles, revisions, duplicates by method, dead letters by reason), notes when each poll
 * returned, and records end-to-end latency for records carrying the producer's send time in the
 * {@value #SENT_HEADER} header (Kafka Streams carries input headers through to outputs).
 * Thread-safe: counters are read under the object's lock.
 */
final class CommittedOutputs implements AutoCloseable {
    /** Header with the producer's {@link System#nanoTime()} at send, 8 bytes big-endian. */
    static final String SENT_HEADER = "np-bench-sent-ns";
    private static final Logger LOG = LoggerFactory.getLogger(CommittedOutputs.class);
    private final TopicNames topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AvroSerde<Article> articles = NewsSerdes.article();
    private final AvroSerde<DuplicateNotice> duplicates = NewsSerdes.duplicateNotice();
    private final AvroSerde<DeadLetter> deadLetters = NewsSerdes.deadLetter();
    private final Map<String, Long> detail = new TreeMap<>();
    /** Article values kept undecoded until {@link #counts()}, so the reader costs little CPU while timing. */
    private final java.util.List<byte[]> undecodedArticles = new java.util.ArrayList<>();
    private long articleCount;
    private long revisionCount;
    private long duplicateCount;
    private long deadLetterCount;
    private long lastPollNanos;
    private volatile LatencySamples samples = new LatencySamples();

    CommittedOutputs(String bootstrapServers, TopicNames topics, String groupId) {
        this.topics = Objects.requireNonNull(topics, "topics");
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics.outputs());
        this.thread = new Thread(this::loop, "newspipe-bench-outputs");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts a new latency phase and returns its samples. */
    LatencySamples newPhase() {
        samples = new LatencySamples();
        return samples;
    }

    synchronized long total() {
        return articleCount + duplicateCount + deadLetterCount;
    }

    /**
     * Waits until at least {@code target} records are visible; returns the {@link System#nanoTime()}
     * of the poll that made them visible, or -1 on timeout.
     */
    synchronized long awaitTotal(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (total() < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !thread.isAlive()) {
                return -1;
            }
            wait(Math.max(1, Math.min(200, left / 1_000_000)));
        }
        return lastPollNanos;
    }

    /** What is visible so far. */
    synchronized OutputCounts counts() {
        for (byte[] value : undecodedArticles) {
            if (articles.decode(value).getRevision() > 1) {
                revisionCount++;
            }
        }
        undecodedArticles.clear();
        return new OutputCounts(articleCount, revisionCount, duplicateCount, deadLetterCount, detail);
    }

    private void loop() {
        try {
            while (running.get()) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                if (!batch.isEmpty()) {
                    record(batch, now);
                }
            }
        } catch (WakeupException e) {
            LOG.debug("output reader woken up to stop", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void record(ConsumerRecords<String, byte[]> batch, long now) {
        LatencySamples phase = samples;
        synchronized (this) {
            for (ConsumerRecord<String, byte[]> r : batch) {
                Header sent = r.headers().lastHeader(SENT_HEADER);
                if (sent != null && sent.value() != null && sent.value().length == Long.BYTES) {
                    phase.add(now - ByteBuffer.wrap(sent.value()).getLong());
                }
                count(r);
            }
            lastPollNanos = now;
            notifyAll();
        }
    }

    private void count(ConsumerRecord<String, byte[]> r) {
        if (r.topic().equals(topics.articles())) {
            articleCount++;
            undecodedArticles.add(r.value());
        } else if (r.topic().equals(topics.duplicates())) {
            duplicateCount++;
            detail.merge("duplicate:" + duplicates.decode(r.value()).getMethod(), 1L, Long::sum);
        } else {
            deadLetterCount++;
            DeadLetter d = deadLetters.decode(r.value());
            detail.merge("dead_letter:" + d.getStage() + "/" + d.getReason(), 1L, Long::sum);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
    }
}
