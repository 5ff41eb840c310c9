package io.newspipe.producer.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.producer.publish.ProducerMetrics;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {
    @Test
    void servesTheCountersInPrometheusFormatOnLoopback() throws Exception {
        ProducerMetrics metrics = ProducerMetrics.prometheus();
        metrics.fetched("news.example", 1234);
        metrics.notModified("news.example");
        metrics.fetchError("timeout");
        metrics.deadLetter("fetch", "too_large");
        try (MetricsEndpoint endpoint = new MetricsEndpoint((PrometheusMeterRegistry) metrics.registry(), 0)) {
            HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + endpoint.port() + "/metrics")
                    .openConnection(Proxy.NO_PROXY);
            String body;
            try (InputStream in = c.getInputStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(c.getResponseCode()).isEqualTo(200);
            assertThat(body).contains("newspipe_producer_pages_fetched_total{host=\"news.example\"} 1.0")
                    .contains("newspipe_producer_bytes_fetched_total{host=\"news.example\"} 1234.0")
                    .contains("newspipe_producer_not_modified_total{host=\"news.example\"} 1.0")
                    .contains("newspipe_producer_fetch_errors_total{cause=\"timeout\"} 1.0")
                    .contains("newspipe_producer_dead_letters_total{reason=\"too_large\",stage=\"fetch\"} 1.0");
        }
    }

    @Test
    void listensOnlyOnTheConfiguredAddress() throws Exception {
        ProducerMetrics metrics = ProducerMetrics.prometheus();
        metrics.published("news.raw-pages.v1");
        InetAddress bind = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
        try (MetricsEndpoint endpoint = new MetricsEndpoint((PrometheusMeterRegistry) metrics.registry(), bind, 0)) {
            HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.2:" + endpoint.port() + "/metrics")
                    .openConnection(Proxy.NO_PROXY);
            assertThat(c.getResponseCode()).isEqualTo(200);
            HttpURLConnection other = (HttpURLConnection) new URL("http://127.0.0.1:" + endpoint.port() + "/metrics")
                    .openConnection(Proxy.NO_PROXY);
            assertThatThrownBy(other::getResponseCode).isInstanceOf(ConnectException.class);
        }
    }
}
