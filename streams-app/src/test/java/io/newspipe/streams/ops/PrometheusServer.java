package io.newspipe.streams.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's {@code /usr/bin/prometheus}) started by a test on 127.0.0.1
 * with a temporary configuration and storage, queried through its HTTP API. Not thread-safe.
 */
final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PrometheusServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The prometheus binary if installed (PATH or /usr/bin). */
    static Optional<Path> binary() {
        return OpsTools.find("prometheus");
    }

    /** Starts Prometheus with {@code configYaml} written to {@code dir}; waits until it is ready. */
    static PrometheusServer start(Path binary, Path dir, String configYaml) throws IOException, InterruptedException {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, configYaml, StandardCharsets.UTF_8);
        int port = freePort();
        Process p = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=1h", "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusServer server = new PrometheusServer(p, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("prometheus exited: " + Files.readString(dir.resolve("prometheus.log")));
            }
            if (server.ready()) {
                return server;
            }
            Thread.sleep(200);
        }
        server.close();
        throw new IllegalStateException("prometheus not ready in 30 s");
    }

    /** The result array of an instant query ({@code data.result}). */
    JsonNode query(String expr) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
        JsonNode body = JSON.readTree(r.body());
        if (!"success".equals(body.path("status").asText())) {
            throw new IllegalArgumentException("query failed: " + expr + " -> " + r.body());
        }
        return body.path("data").path("result");
    }

    /** Alerts in state firing with this name. */
    List<JsonNode> firing(String alertName) throws IOException, InterruptedException {
        JsonNode alerts = JSON.readTree(get("/api/v1/alerts").body()).path("data").path("alerts");
        List<JsonNode> out = new ArrayList<>();
        alerts.forEach(a -> {
            if (alertName.equals(a.path("labels").path("alertname").asText()) && "firing".equals(a.path("state").asText())) {
                out.add(a);
            }
        });
        return out;
    }

    /** Scrape targets with their health. */
    JsonNode targets() throws IOException, InterruptedException {
        return JSON.readTree(get("/api/v1/targets").body()).path("data").path("activeTargets");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private boolean ready() throws InterruptedException {
        try {
            return get("/-/ready").statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
