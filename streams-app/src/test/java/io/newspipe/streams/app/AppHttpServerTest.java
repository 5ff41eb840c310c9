package io.newspipe.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.streams.metrics.LagHistory;
import io.newspipe.streams.metrics.PipelineMeters;
import io.newspipe.streams.status.StatusService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The HTTP endpoints without Kafka: readiness follows the supplier, metrics and status are served. */
class AppHttpServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void readyOnlyWhileRunningLiveAlwaysAndMetricsInPrometheusFormat() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PipelineMeters meters = new PipelineMeters(registry);
        meters.pageIn();
        AtomicBoolean running = new AtomicBoolean(false);
        try (StatusService status = new StatusService("app", () -> running.get() ? "RUNNING" : "REBALANCING",
                running::get, meters, new LagHistory(60_000, 10_000), Clock.systemUTC(), Duration.ofMillis(100));
             AppHttpServer server = AppHttpServer.start(0, registry, running::get, status)) {
            int port = server.port();
            assertThat(get(port, "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(port, "/health/ready").statusCode()).isEqualTo(503);
            running.set(true);
            assertThat(get(port, "/health/ready").statusCode()).isEqualTo(200);
            running.set(false);
            assertThat(get(port, "/health/ready").statusCode()).isEqualTo(503);

            HttpResponse<String> metrics = get(port, "/metrics");
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
            assertThat(metrics.body()).contains("newspipe_pages_in_total 1.0");

            HttpResponse<String> page = get(port, "/status");
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("id=\"lag-table\"", "id=\"chart-lag\"", "id=\"chart-throughput\"")
                    // self-contained: nothing loaded from elsewhere (the SVG namespace URI is not a load)
                    .doesNotContainPattern("(src|href)\\s*=\\s*[\"']?(https?:)?//")
                    .doesNotContain("url(http", "@import", "<link");
            assertThat(get(port, "/status.json").body()).contains("\"application_id\":\"app\"", "\"state\":\"REBALANCING\"");
            assertThat(get(port, "/status/other").statusCode()).isEqualTo(404);
        }
    }
}
