package io.newspipe.streams.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.metrics.LagMonitor;
import io.newspipe.streams.metrics.LagProbe;
import io.newspipe.streams.metrics.PipelineMeters;
import io.newspipe.streams.status.StatusService;
import io.newspipe.streams.topology.NewsTopology;
import io.newspipe.streams.topology.StreamsProperties;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running streams application: the topology in a {@link KafkaStreams} client, the pipeline's
 * meters, the lag monitor, and the HTTP server for metrics, health and the status page.
 * Thread-safe for {@link #state()} and {@link #close()}.
 */
public final class StreamsApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    /** How often Kafka client metrics are re-listed, so new partitions and threads show up quickly. */
    static final Duration CLIENT_METRICS_REFRESH = Duration.ofSeconds(2);
    /** How often committed lag and time lag are read. */
    static final Duration LAG_INTERVAL = Duration.ofSeconds(2);
    private final KafkaStreams streams;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final Admin admin;
    private final LagMonitor lagMonitor;
    private final StatusService status;
    private final AppHttpServer http;

    private StreamsApp(StreamsAppConfig config) throws IOException {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PipelineMeters meters = new PipelineMeters(registry);
        this.streams = new KafkaStreams(NewsTopology.build(config, Clock.systemUTC(), meters),
                StreamsProperties.of(config));
        // A thread that dies on an unexpected error is replaced so the app keeps consuming; bad input
        // never reaches here (it becomes dead letters), so this only covers infrastructure faults.
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        bindStateMeters();
        this.streamsMetrics = new KafkaStreamsMetrics(streams, List.of(),
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "newspipe-metrics-refresh");
                    t.setDaemon(true);
                    return t;
                }), CLIENT_METRICS_REFRESH);
        streamsMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);

        Properties clientProps = clientProps(config);
        this.admin = Admin.create(clientProps);
        TopicNames topics = config.topics();
        this.lagMonitor = new LagMonitor(new LagProbe(admin, clientProps, Clock.systemUTC()), admin,
                config.applicationId(), List.of(topics.rawPages()),
                List.of(topics.articles(), topics.duplicates(), topics.deadLetters()), registry, LAG_INTERVAL);
        this.status = new StatusService(config.applicationId(), () -> streams.state().name(), this::isRunning,
                meters, lagMonitor.history(), Clock.systemUTC(), Duration.ofSeconds(2));
        this.http = config.httpPort() < 0 ? null
                : AppHttpServer.start(config.httpPort(), registry, this::isRunning, status);
    }

    /** Builds the app, creates the dedup protocol topic if missing ({@link DedupProtocolTopic}), and starts. */
    public static StreamsApp start(StreamsAppConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        StreamsApp app = new StreamsApp(config);
        try {
            DedupProtocolTopic.ensure(app.admin, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            app.close();
            throw new IOException("interrupted while creating the dedup protocol topic", e);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        app.streams.start();
        return app;
    }

    private void bindStateMeters() {
        Gauge.builder("newspipe.streams.running", streams, s -> s.state() == KafkaStreams.State.RUNNING ? 1 : 0)
                .description("1 when the Kafka Streams client is RUNNING, else 0").register(registry);
        Gauge.builder("newspipe.streams.alive.threads", streams, s -> s.metadataForLocalThreads().size())
                .description("Stream threads alive in this instance").register(registry);
        for (KafkaStreams.State s : KafkaStreams.State.values()) {
            transitions(s);
        }
        streams.setStateListener((newState, oldState) -> transitions(newState).increment());
    }

    private Counter transitions(KafkaStreams.State to) {
        return Counter.builder("newspipe.streams.state.transitions").tag("to", to.name().toLowerCase(Locale.ROOT))
                .description("State changes of the streams client, by new state (rebalances: to=rebalancing)")
                .register(registry);
    }

    /** Kafka client settings for the app's own Admin and probe consumer: bootstrap plus security. */
    static Properties clientProps(StreamsAppConfig config) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        config.kafkaOverrides().forEach((k, v) -> {
            if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                p.put(k, v);
            }
        });
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, config.applicationId() + "-ops");
        return p;
    }

    private boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Port of the HTTP server, or -1 when it is off. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** The app's meter registry (for tests and embedding). */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Waits until the client is RUNNING; false on timeout or when it failed. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State s = streams.state();
            if (s == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return false;
    }

    /**
     * Blocks until the JVM is asked to stop (SIGTERM/SIGINT), then closes; returns false early when the
     * Kafka Streams client dies on its own (ERROR or NOT_RUNNING), so a supervisor can restart the app.
     */
    public boolean runUntilShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stop.countDown();
        }, "newspipe-shutdown"));
        while (!stop.await(1, TimeUnit.SECONDS)) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                LOG.error("the streams client stopped on its own (state {}); exiting", state);
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
        status.close();
        lagMonitor.close();
        admin.close(Duration.ofSeconds(5));
        if (http != null) {
            http.close();
        }
        registry.close();
    }
}
