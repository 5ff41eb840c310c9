package io.newspipe.streams.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a group's committed lag with {@link GroupLagReader} and, for each lagging partition, the
 * timestamp of the oldest unprocessed record (the one at the committed offset) with a consumer of
 * its own that never joins a group or commits. Not thread-safe (it owns a consumer): use it from
 * one thread.
 */
public final class LagProbe implements AutoCloseable {
    private static final Duration TIMESTAMP_WAIT = Duration.ofSeconds(2);
    private final GroupLagReader reader;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Clock clock;

    /**
     * @param admin Admin client (not closed by the probe)
     * @param clientProps bootstrap servers and security settings for the probe's consumer
     * @param clock wall clock of the snapshots
     */
    public LagProbe(Admin admin, Properties clientProps, Clock clock) {
        this.reader = new GroupLagReader(Objects.requireNonNull(admin, "admin"));
        this.clock = Objects.requireNonNull(clock, "clock");
        Properties p = new Properties();
        p.putAll(Objects.requireNonNull(clientProps, "clientProps"));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "65536");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newspipe-lag-probe");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Lag and time lag of {@code group} on {@code topics}. */
    public LagSnapshot read(String group, List<String> topics) throws InterruptedException {
        List<PartitionLag> lags = reader.read(group, topics);
        long now = clock.millis();
        Map<TopicPartition, Long> oldest = oldestTimestamps(lags);
        List<PartitionState> states = new ArrayList<>(lags.size());
        for (PartitionLag lag : lags) {
            Long ts = oldest.get(new TopicPartition(lag.topic(), lag.partition()));
            states.add(new PartitionState(lag, ts == null ? -1 : ts));
        }
        return new LagSnapshot(group, now, states);
    }

    private Map<TopicPartition, Long> oldestTimestamps(List<PartitionLag> lags) {
        Map<TopicPartition, Long> seekTo = new HashMap<>();
        for (PartitionLag lag : lags) {
            if (lag.lag() > 0) {
                seekTo.put(new TopicPartition(lag.topic(), lag.partition()), Math.max(0, lag.committedOffset()));
            }
        }
        Map<TopicPartition, Long> found = new HashMap<>();
        if (seekTo.isEmpty()) {
            return found;
        }
        consumer.assign(seekTo.keySet());
        seekTo.forEach(consumer::seek);
        long deadline = System.nanoTime() + TIMESTAMP_WAIT.toNanos();
        while (found.size() < seekTo.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                found.putIfAbsent(tp, r.timestamp());
                // One record per partition is enough; stop fetching the rest of it.
                consumer.pause(List.of(tp));
            }
        }
        consumer.assign(List.of());
        return found;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
