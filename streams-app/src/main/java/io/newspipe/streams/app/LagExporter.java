package io.newspipe.streams.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.streams.metrics.LagHistory;
import io.newspipe.streams.metrics.LagMonitor;
import io.newspipe.streams.metrics.LagProbe;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/**
 * A stand-alone lag exporter: the {@link LagMonitor} of one consumer group with its own
 * {@code /metrics} and {@code /health/*} endpoints, independent of the streams app. The app
 * exports the same gauges, but a stopped app exports nothing; this process keeps measuring, so
 * the lag alert can fire while the app is down. {@code ./newspipe lag --serve <port>} runs it.
 * Thread-safe.
 */
public final class LagExporter implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Admin admin;
    private final LagMonitor monitor;
    private final AppHttpServer http;

    /**
     * Starts measuring and serving.
     *
     * @param clientProps bootstrap servers and security settings
     * @param group the consumer group (the streams application.id)
     * @param inputTopics topics whose lag is measured
     * @param outputTopics topics whose end offsets are exported too
     * @param port HTTP port, 0 = a free port
     * @param interval time between readings
     */
    public LagExporter(Properties clientProps, String group, List<String> inputTopics, List<String> outputTopics,
            int port, Duration interval) throws IOException {
        Objects.requireNonNull(clientProps, "clientProps");
        this.admin = Admin.create(clientProps);
        this.monitor = new LagMonitor(new LagProbe(admin, clientProps, Clock.systemUTC()), admin, group,
                inputTopics, outputTopics, registry, interval);
        // Ready while readings succeed: a stale exporter should be restarted, not trusted.
        Duration stale = interval.multipliedBy(5).plusSeconds(10);
        this.http = AppHttpServer.start(port, registry, () -> monitor.isFresh(stale));
    }

    /** The HTTP port. */
    public int port() {
        return http.port();
    }

    /** The kept readings. */
    public LagHistory history() {
        return monitor.history();
    }

    @Override
    public void close() {
        http.close();
        monitor.close();
        admin.close(Duration.ofSeconds(5));
        registry.close();
    }
}
