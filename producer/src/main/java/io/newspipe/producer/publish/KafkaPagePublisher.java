package io.newspipe.producer.publish;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.schemas.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes raw pages to {@code news.raw-pages.v1} (key = canonical URL) and dead letters to
 * {@code news.dead-letters.v1} with an idempotent producer, {@code acks=all} and zstd compression. A page
 * whose serialised record is above {@code max.page.bytes} (kept below the topic's
 * {@code max.message.bytes}) becomes a dead letter {@code publish/too_large} carrying the page without its
 * body; a send that fails asynchronously becomes a dead letter with the error's cause. Never throws for
 * one page. The KafkaProducer's own metrics (record send rate, errors, request latency, buffer use, ...)
 * are bound to the producer's registry with Micrometer's {@link KafkaClientMetrics} ({@code kafka_producer_*}
 * in Prometheus), refreshed every {@value #CLIENT_METRICS_REFRESH_SECONDS} s. Thread-safe (KafkaProducer is).
 */
public final class KafkaPagePublisher implements PageSink {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaPagePublisher.class);
    static final int CLIENT_METRICS_REFRESH_SECONDS = 5;

    private final Producer<String, byte[]> producer;
    private final Serializer<RawPage> pages = NewsSerdes.rawPage().serializer();
    private final Serializer<DeadLetter> letters = NewsSerdes.deadLetter().serializer();
    private final int maxPageBytes;
    private final ProducerMetrics metrics;
    private final String rawPagesTopic;
    private final String deadLettersTopic;
    private final KafkaClientMetrics clientMetrics;

    /** Publishes to the contract's topics {@code news.raw-pages.v1} and {@code news.dead-letters.v1}. */
    public KafkaPagePublisher(ProducerConfig config, ProducerMetrics metrics) {
        this(config, metrics, Topics.RAW_PAGES, Topics.DEAD_LETTERS);
    }

    /** Publishes to the given topics instead of the contract's (isolated tests on a shared broker). */
    public KafkaPagePublisher(ProducerConfig config, ProducerMetrics metrics, String rawPagesTopic,
                              String deadLettersTopic) {
        this(new KafkaProducer<>(kafkaProperties(config), new StringSerializer(), new ByteArraySerializer()),
                config.maxPageBytes(), metrics, rawPagesTopic, deadLettersTopic, true);
    }

    KafkaPagePublisher(Producer<String, byte[]> producer, int maxPageBytes, ProducerMetrics metrics) {
        this(producer, maxPageBytes, metrics, Topics.RAW_PAGES, Topics.DEAD_LETTERS, false);
    }

    private KafkaPagePublisher(Producer<String, byte[]> producer, int maxPageBytes, ProducerMetrics metrics,
                               String rawPagesTopic, String deadLettersTopic, boolean bindClientMetrics) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.maxPageBytes = maxPageBytes;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.rawPagesTopic = Objects.requireNonNull(rawPagesTopic, "rawPagesTopic");
        this.deadLettersTopic = Objects.requireNonNull(deadLettersTopic, "deadLettersTopic");
        this.clientMetrics = bindClientMetrics ? clientMetrics(producer, metrics) : null;
    }

    private static KafkaClientMetrics clientMetrics(Producer<String, byte[]> producer, ProducerMetrics metrics) {
        KafkaClientMetrics m = new KafkaClientMetrics(producer, List.of(),
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "newspipe-producer-metrics-refresh");
                    t.setDaemon(true);
                    return t;
                }), Duration.ofSeconds(CLIENT_METRICS_REFRESH_SECONDS));
        m.bindTo(metrics.registry());
        return m;
    }

    /** The KafkaProducer settings: the fixed delivery guarantees, then the {@code kafka.*} pass-through. */
    public static Map<String, Object> kafkaProperties(ProducerConfig config) {
        Map<String, Object> p = new HashMap<>(config.kafka());
        p.put("bootstrap.servers", config.bootstrapServers());
        p.put("client.id", config.clientId());
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("compression.type", "zstd");
        p.putIfAbsent("linger.ms", "20");
        p.putIfAbsent("max.in.flight.requests.per.connection", "5");
        // a request must carry one full page plus headroom; pages above the cap never reach the client
        p.put("max.request.size", Integer.toString(Math.max(1_048_576, config.maxPageBytes() + 64 * 1024)));
        return p;
    }

    @Override
    public void page(String canonicalUrl, RawPage page) {
        byte[] value;
        try {
            value = pages.serialize(rawPagesTopic, page);
        } catch (RuntimeException e) {
            LOG.warn("cannot serialise page {}", canonicalUrl, e);
            deadLetter(canonicalUrl, RawPages.deadLetter(canonicalUrl, "publish", "unserialisable",
                    e.toString(), RawPages.withoutBody(page, "unserialisable")));
            return;
        }
        if (value.length > maxPageBytes) {
            deadLetter(canonicalUrl, RawPages.deadLetter(canonicalUrl, "publish", "too_large",
                    "serialised page " + value.length + " bytes > max.page.bytes " + maxPageBytes,
                    RawPages.withoutBody(page, "too_large")));
            return;
        }
        producer.send(new ProducerRecord<>(rawPagesTopic, canonicalUrl, value), (meta, error) -> {
            if (error == null) {
                metrics.published(rawPagesTopic);
                return;
            }
            LOG.warn("publishing {} failed", canonicalUrl, error);
            String reason = error instanceof RecordTooLargeException ? "too_large" : "publish_error";
            deadLetter(canonicalUrl, RawPages.deadLetter(canonicalUrl, "publish", reason, error.toString(),
                    RawPages.withoutBody(page, reason)));
        });
    }

    @Override
    public void deadLetter(String url, DeadLetter letter) {
        metrics.deadLetter(letter.getStage(), letter.getReason());
        byte[] value = letters.serialize(deadLettersTopic, letter);
        if (value.length > maxPageBytes && letter.getRawPage() != null) {
            letter = DeadLetter.newBuilder(letter).setRawPage(RawPages.withoutBody(letter.getRawPage(), "too_large"))
                    .build();
            value = letters.serialize(deadLettersTopic, letter);
        }
        producer.send(new ProducerRecord<>(deadLettersTopic, url, value), (meta, error) -> {
            if (error == null) {
                metrics.published(deadLettersTopic);
            } else {
                LOG.error("dead letter for {} could not be published", url, error);
                metrics.fetchError("dead_letter_lost");
            }
        });
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        try {
            producer.close(Duration.ofSeconds(30));
        } finally {
            if (clientMetrics != null) {
                clientMetrics.close();
            }
        }
    }
}
