package io.newspipe.streams.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.config.SourcesParser;
import io.newspipe.producer.crawl.MetricsEndpoint;
import io.newspipe.producer.crawl.ProducerService;
import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.publish.KafkaPagePublisher;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.streams.config.TopicNames;
import java.io.IOException;

/**
 * The real producer in ops tests: {@link ProducerService} polling a {@link LocalNewsSite} every second
 * and publishing with {@link KafkaPagePublisher} into the test's topics on the embedded broker, its
 * {@code /metrics} served on loopback by the producer's own {@link MetricsEndpoint} for Prometheus
 * (job {@code newspipe-producer}). Thread-safe.
 */
final class LiveProducer implements AutoCloseable {
    static final String SITE = "loopback-herald";
    private final LocalNewsSite site;
    private final ProducerMetrics metrics;
    private final MetricsEndpoint endpoint;
    private final ProducerService service;

    private LiveProducer(LocalNewsSite site, ProducerMetrics metrics, MetricsEndpoint endpoint,
                         ProducerService service) {
        this.site = site;
        this.metrics = metrics;
        this.endpoint = endpoint;
        this.service = service;
    }

    /** Starts the site, the /metrics endpoint and the producer service. */
    static LiveProducer start(EmbeddedKafka kafka, TopicNames topics, int articles) throws IOException {
        LocalNewsSite site = new LocalNewsSite(articles);
        Sources sources = SourcesParser.parse("""
                fetch:
                  user_agent: "Newspipe-ops-test/1.0"
                  delay_per_host: 0s
                  allowed_networks: ["127.0.0.0/8"]
                sites:
                  - name: %s
                    feeds: ["%s/rss.xml"]
                    poll_interval: 1s
                """.formatted(SITE, site.base()));
        ProducerMetrics metrics = ProducerMetrics.prometheus();
        MetricsEndpoint endpoint = new MetricsEndpoint((PrometheusMeterRegistry) metrics.registry(), 0);
        KafkaPagePublisher publisher = new KafkaPagePublisher(ProducerConfig.of(kafka.bootstrapServers()), metrics,
                topics.rawPages(), topics.deadLetters());
        ProducerService service = ProducerService.start(sources, CrawlState.inMemory(), publisher, metrics,
                HostResolver.system());
        return new LiveProducer(site, metrics, endpoint, service);
    }

    /** The port of the producer's {@code /metrics} on 127.0.0.1. */
    int metricsPort() {
        return endpoint.port();
    }

    /** Raw pages the broker acknowledged. */
    double published(String rawPagesTopic) {
        return metrics.count("newspipe.producer.published", "topic", rawPagesTopic);
    }

    /** Article pages the site served. */
    int pagesServed() {
        return site.pagesServed();
    }

    @Override
    public void close() {
        try {
            service.close();
        } finally {
            endpoint.close();
            site.close();
        }
    }
}
