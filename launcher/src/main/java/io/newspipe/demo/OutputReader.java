package io.newspipe.demo;

import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.config.TopicNames;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the three output topics with a read_committed consumer into an {@link OutputTally}, as a
 * downstream service would. Not thread-safe.
 */
final class OutputReader implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final TopicNames topics;

    OutputReader(String bootstrapServers, TopicNames topics, String groupId) {
        this.topics = topics;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics.articles(), topics.duplicates(), topics.deadLetters()));
    }

    /** Polls into {@code tally} until {@code done} holds or the timeout passes; returns whether done. */
    boolean readUntil(OutputTally tally, BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.topic().equals(topics.articles())) {
                    tally.add(NewsSerdes.article().decode(r.value()));
                } else if (r.topic().equals(topics.duplicates())) {
                    tally.add(NewsSerdes.duplicateNotice().decode(r.value()));
                } else {
                    tally.add(NewsSerdes.deadLetter().decode(r.value()));
                }
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
