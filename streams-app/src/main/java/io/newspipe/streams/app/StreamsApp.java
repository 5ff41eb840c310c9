package io.newspipe.streams.app;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.topology.NewsTopology;
import io.newspipe.streams.topology.StreamsProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running streams application: the topology in a {@link KafkaStreams} client plus the HTTP
 * server for metrics and health. Thread-safe for {@link #state()} and {@link #close()}.
 */
public final class StreamsApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    private final KafkaStreams streams;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final AppHttpServer http;

    private StreamsApp(StreamsAppConfig config) throws IOException {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.streams = new KafkaStreams(NewsTopology.build(config), StreamsProperties.of(config));
        // A thread that dies on an unexpected error is replaced so the app keeps consuming; bad input
        // never reaches here (it becomes dead letters), so this only covers infrastructure faults.
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.streamsMetrics = new KafkaStreamsMetrics(streams, java.util.List.of(), 
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "newspipe-metrics-refresh");
                    t.setDaemon(true);
                    return t;
                }), Duration.ofSeconds(5));
        streamsMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        this.http = config.httpPort() < 0 ? null
                : AppHttpServer.start(config.httpPort(), registry, () -> streams.state() == KafkaStreams.State.RUNNING);
    }

    /** Builds and starts the app. */
    public static StreamsApp start(StreamsAppConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        StreamsApp app = new StreamsApp(config);
        app.streams.start();
        return app;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Port of the HTTP server, or -1 when it is off. */
    public int httpPort() {
        return http == null ? -1 : http.port();
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

    /** Blocks until the JVM is asked to stop (SIGTERM/SIGINT), then closes. */
    public void runUntilShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stop.countDown();
        }, "newspipe-shutdown"));
        stop.await();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
        if (http != null) {
            http.close();
        }
        registry.close();
    }
}
