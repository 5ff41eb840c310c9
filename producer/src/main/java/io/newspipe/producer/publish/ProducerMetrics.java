package io.newspipe.producer.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;

/**
 * The producer's fetch and publish counters on a Micrometer {@link MeterRegistry}. Rates (pages/s per
 * host) are the counters' rates in Prometheus: {@code rate(newspipe_producer_pages_fetched_total[1m])}.
 * Labels are low-cardinality: host, cause, stage, reason. Thread-safe.
 *
 * <ul>
 *   <li>{@code newspipe.producer.pages.fetched} {host}: pages fetched with status 2xx</li>
 *   <li>{@code newspipe.producer.bytes.fetched} {host}: decoded body bytes of those pages</li>
 *   <li>{@code newspipe.producer.not.modified} {host}: 304 answers to conditional GETs</li>
 *   <li>{@code newspipe.producer.fetch.errors} {cause}: failed fetches (robots_disallowed, timeout, ...)</li>
 *   <li>{@code newspipe.producer.published} {topic}: records acknowledged by the sink</li>
 *   <li>{@code newspipe.producer.dead.letters} {stage, reason}: pages turned into dead letters</li>
 * </ul>
 */
public final class ProducerMetrics {
    private final MeterRegistry registry;

    public ProducerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Metrics on a fresh in-memory registry (tests, one-off commands). */
    public static ProducerMetrics simple() {
        return new ProducerMetrics(new SimpleMeterRegistry());
    }

    /** Metrics on a Prometheus registry; {@code ((PrometheusMeterRegistry) registry()).scrape()} gives the text. */
    public static ProducerMetrics prometheus() {
        return new ProducerMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void fetched(String host, long bytes) {
        registry.counter("newspipe.producer.pages.fetched", "host", host).increment();
        registry.counter("newspipe.producer.bytes.fetched", "host", host).increment(bytes);
    }

    public void notModified(String host) {
        registry.counter("newspipe.producer.not.modified", "host", host).increment();
    }

    public void fetchError(String cause) {
        registry.counter("newspipe.producer.fetch.errors", "cause", cause).increment();
    }

    public void published(String topic) {
        registry.counter("newspipe.producer.published", "topic", topic).increment();
    }

    public void deadLetter(String stage, String reason) {
        registry.counter("newspipe.producer.dead.letters", "stage", stage, "reason", reason).increment();
    }

    /** Sum of a counter over all its label values (for reports and tests). */
    public double total(String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Value of one counter, 0 when it never counted. */
    public double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }
}
