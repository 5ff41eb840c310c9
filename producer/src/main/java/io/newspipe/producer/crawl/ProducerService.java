package io.newspipe.producer.crawl;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.producer.config.SiteSource;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.config.SourcesParser;
import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.publish.KafkaPagePublisher;
import io.newspipe.producer.publish.PageSink;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live producer ({@code ./newspipe producer --config <file>}): polls every site of the sources file
 * at its own interval (never two polls of one site at once) and publishes new pages to Kafka. The seen-set
 * and validators live in {@code state.dir} ({@link CrawlState}). {@link #close()} stops gracefully: no new
 * polls, running polls interrupted between pages, everything handed over flushed to Kafka, the state
 * written. Thread-safe.
 */
public final class ProducerService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProducerService.class);

    private final SourceCrawler crawler;
    private final CrawlState state;
    private final PageSink sink;
    private final ScheduledExecutorService scheduler;
    private final MetricsEndpoint endpoint;
    private final AtomicReference<PollReport> totals = new AtomicReference<>(PollReport.EMPTY);
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ProducerService(Sources sources, CrawlState state, PageSink sink, ProducerMetrics metrics,
                           HostResolver resolver, MetricsEndpoint endpoint) {
        this.crawler = new SourceCrawler(sources, resolver, state, sink, metrics);
        this.state = state;
        this.sink = sink;
        this.endpoint = endpoint;
        this.scheduler = Executors.newScheduledThreadPool(Math.max(1, Math.min(4, sources.sites().size())), r -> {
            Thread t = new Thread(r, "newspipe-producer-poll");
            t.setDaemon(true);
            return t;
        });
        for (SiteSource site : sources.sites()) {
            scheduler.scheduleWithFixedDelay(() -> pollSafely(site), 0, site.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Starts polling with the given parts (the sink and state are closed by {@link #close()}). */
    public static ProducerService start(Sources sources, CrawlState state, PageSink sink, ProducerMetrics metrics,
                                        HostResolver resolver) {
        return new ProducerService(Objects.requireNonNull(sources, "sources"), Objects.requireNonNull(state, "state"),
                Objects.requireNonNull(sink, "sink"), Objects.requireNonNull(metrics, "metrics"),
                Objects.requireNonNull(resolver, "resolver"), null);
    }

    /** Starts the live service from its configuration: Kafka publisher, state on disk, optional /metrics. */
    public static ProducerService start(ProducerConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        if (config.sources() == null) {
            throw new IllegalArgumentException("sources: required (path of the sources YAML)");
        }
        Sources sources = SourcesParser.parse(config.sources());
        ProducerMetrics metrics = ProducerMetrics.prometheus();
        MetricsEndpoint endpoint = config.metricsPort() > 0
                ? new MetricsEndpoint((PrometheusMeterRegistry) metrics.registry(), config.metricsAddress(),
                config.metricsPort()) : null;
        CrawlState state = CrawlState.open(config.stateDir());
        return new ProducerService(sources, state, new KafkaPagePublisher(config, metrics), metrics,
                HostResolver.system(), endpoint);
    }

    /** Runs until the JVM is asked to stop (Ctrl-C, SIGTERM); returns the exit status. */
    public static int run(Path configFile, PrintStream out) {
        ProducerService service;
        try {
            ProducerConfig config = ProducerConfig.load(configFile);
            service = start(config);
            out.println("producer: polling sources of " + config.sources() + " into " + config.bootstrapServers()
                    + ", state in " + config.stateDir());
        } catch (IOException | IllegalArgumentException e) {
            out.println("producer: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "newspipe-producer-stop"));
        service.awaitStop();
        out.println("producer: stopped after " + service.totals());
        return 0;
    }

    private void pollSafely(SiteSource site) {
        try {
            PollReport r = crawler.poll(site);
            totals.accumulateAndGet(r, PollReport::plus);
            LOG.info("polled {}: {}", site.name(), r);
        } catch (RuntimeException e) {
            // one failed poll must not cancel the site's schedule
            LOG.error("poll of {} failed", site.name(), e);
        }
    }

    /** Sum of all polls so far. */
    public PollReport totals() {
        return totals.get();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        synchronized (this) {
            if (stopped.getCount() == 0) {
                return;
            }
            scheduler.shutdown();
            try {
                if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                    scheduler.shutdownNow();
                    scheduler.awaitTermination(20, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (sink; state) {
                sink.flush();
            } catch (IOException | RuntimeException e) {
                LOG.error("closing the producer failed", e);
            } finally {
                if (endpoint != null) {
                    endpoint.close();
                }
                stopped.countDown();
            }
        }
    }
}
