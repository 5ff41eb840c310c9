package io.newspipe.bench;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bench's producer of raw pages to one topic, configured as the project's producer is (idempotent,
 * acks=all, zstd), and the count of pages it failed to publish. Used by one bench thread at a time; the failure
 * count is thread-safe.
 */
final class PagePublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PagePublisher.class);
    /**
     * The producer's largest request, and so the raw topic's {@code max.message.bytes} the bench sets: a batch
     * opened by a large page may take further pages up to the first page's size as the producer estimates it
     * compressed, and zstd's estimate runs low, so against the broker's 1 MiB default such batches came back
     * MESSAGE_TOO_LARGE and were split and resent (with broker errors logged) a few times per run.
     */
    static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final AtomicInteger failures = new AtomicInteger();

    PagePublisher(String bootstrap, String topic) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.producer = producer(Objects.requireNonNull(bootstrap, "bootstrap"));
    }

    /**
     * Sends {@code pages} (keyed by URL, {@code values} their encoded records) and waits until all are acknowledged.
     *
     * @throws IllegalStateException when a page (of this call or an earlier one) could not be published
     */
    void publish(List<BenchPage> pages, List<byte[]> values) {
        for (int i = 0; i < pages.size(); i++) {
            send(pages.get(i), values.get(i), false);
        }
        producer.flush();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " pages could not be published (see log)");
        }
    }

    /**
     * Sends one page without waiting, stamped with the send time in the {@link CommittedOutputs#SENT_HEADER}
     * header for the latency sample of its output.
     */
    void sendStamped(BenchPage page, byte[] value) {
        send(page, value, true);
    }

    private void send(BenchPage page, byte[] value, boolean stamp) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, page.url(), value);
        if (stamp) {
            r.headers().add(CommittedOutputs.SENT_HEADER,
                    ByteBuffer.allocate(Long.BYTES).putLong(System.nanoTime()).array());
        }
        producer.send(r, (metadata, e) -> {
            if (e != null) {
                failures.incrementAndGet();
                LOG.error("bench page not published: {}", r.key(), e);
            }
        });
    }

    @Override
    public void close() {
        producer.close();
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        // as the project's producer does: zstd keeps the largest aeb pages (1.5 MB) under the broker's 1 MB limit
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
