package io.newspipe.producer.testsite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * A news site served by the JDK's HttpServer on 127.0.0.1 (ephemeral port) for tests: static fixture files
 * with ETag/Last-Modified and conditional GET, plus scripted routes. Records every request (path, headers,
 * time). {@code {{base}}} in fixtures is replaced
 * (byte-wise, so non-UTF-8 pages stay as they are) by the site's base URL.
 */
public final class TestSite implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String path, Map<String, String> headers, long startNanos) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A scripted route. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    public static final String LAST_MODIFIED = "Fri, 20 Nov 2026 08:00:00 GMT";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Serves {@code path} with the scripted route. */
    public TestSite route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Serves fixed bytes with validators (ETag from the content, fixed Last-Modified). */
    public TestSite file(String path, byte[] body, String contentType) {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        return route(path, ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (etag.equals(inm) || inm == null && LAST_MODIFIED.equals(ims)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            send(ex, 200, contentType, body);
        });
    }

    /** Serves every file of {@code src/test/resources/pages/<site>/} under its relative path. */
    public TestSite fixtures(String site) {
        Path root;
        try {
            root = Path.of(TestSite.class.getResource("/pages/" + site).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = "/" + root.relativize(f).toString().replace('\\', '/');
                byte[] body = replace(Files.readAllBytes(f), "{{base}}", base());
                file(rel, body, typeOf(rel));
                if (rel.endsWith("/index.html")) {
                    file(rel.substring(0, rel.length() - "index.html".length()), body, typeOf(rel));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String typeOf(String path) {
        if (path.endsWith(".html")) {
            return path.contains("arabic") ? "text/html" : "text/html; charset=utf-8";
        }
        if (path.endsWith(".xml")) {
            return path.contains("rss") ? "application/rss+xml" : path.contains("atom") ? "application/atom+xml"
                    : "application/xml";
        }
        if (path.endsWith(".json")) {
            return "application/feed+json";
        }
        return "text/plain; charset=utf-8";
    }

    public static byte[] replace(byte[] in, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 256);
        for (int i = 0; i < in.length; i++) {
            if (i + f.length <= in.length && java.util.Arrays.equals(in, i, i + f.length, f, 0, f.length)) {
                out.write(t, 0, t.length);
                i += f.length - 1;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }

    /** Sends a complete response with a Content-Length. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        try {
            Map<String, String> headers = new ConcurrentHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            requests.add(new Request(query == null ? path : path + "?" + query, headers, System.nanoTime()));
            Route route = routes.get(path);
            if (route == null) {
                send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                route.handle(ex);
            }
        } catch (IOException e) {
            // the client went away (cap reached, timeout): expected in several tests
        } finally {
            ex.close();
        }
    }

    /** All requests so far, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Paths requested so far, in arrival order. */
    public List<String> paths() {
        return requests().stream().map(Request::path).toList();
    }

    public void clearRequests() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
