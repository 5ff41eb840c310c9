package io.newspipe.streams.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.streams.status.StatusService;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The app's HTTP endpoints: {@code /metrics} (Prometheus text format), {@code /health/live} (200
 * while the process serves), {@code /health/ready} (200 only when the streams client is RUNNING,
 * else 503), and, when a {@link StatusService} is given, {@code /status} (HTML) and
 * {@code /status.json}. Thread-safe.
 */
public final class AppHttpServer implements AutoCloseable {
    private static final String TEXT = "text/plain; charset=utf-8";
    private final HttpServer server;

    private AppHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Starts on all interfaces at {@code port} (0 = a free port), without a status page. */
    public static AppHttpServer start(int port, PrometheusMeterRegistry registry, BooleanSupplier ready)
            throws IOException {
        return start(port, registry, ready, null);
    }

    /** Starts on all interfaces at {@code port} (0 = a free port); {@code status} may be null. */
    public static AppHttpServer start(int port, PrometheusMeterRegistry registry, BooleanSupplier ready,
            StatusService status) throws IOException {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(ready, "ready");
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape()));
        server.createContext("/health/live", ex -> respond(ex, 200, TEXT, "live\n"));
        server.createContext("/health/ready", ex -> {
            boolean ok = ready.getAsBoolean();
            respond(ex, ok ? 200 : 503, TEXT, ok ? "ready\n" : "not ready\n");
        });
        if (status != null) {
            server.createContext("/status", ex -> {
                if (!ex.getRequestURI().getPath().equals("/status")) {
                    respond(ex, 404, TEXT, "not found\n");
                    return;
                }
                respond(ex, 200, "text/html; charset=utf-8", status.page());
            });
            server.createContext("/status.json", ex -> respond(ex, 200, "application/json; charset=utf-8",
                    status.json()));
        }
        server.start();
        return new AppHttpServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
