package io.newspipe.producer.crawl;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Serves {@code /metrics} (Prometheus text format) of a registry on one address: loopback by default,
 * any address given by {@code metrics.bind} (e.g. {@code 0.0.0.0} in a container). Thread-safe.
 */
public final class MetricsEndpoint implements AutoCloseable {
    private final HttpServer server;

    /** Serves on loopback; {@code port} 0 picks a free port ({@link #port()}). */
    public MetricsEndpoint(PrometheusMeterRegistry registry, int port) throws IOException {
        this(registry, InetAddress.getLoopbackAddress(), port);
    }

    /** Serves on {@code address}; {@code port} 0 picks a free port ({@link #port()}). */
    public MetricsEndpoint(PrometheusMeterRegistry registry, InetAddress address, int port) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(address, "address");
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
