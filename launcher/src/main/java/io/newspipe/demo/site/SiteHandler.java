package io.newspipe.demo.site;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Serves one demo site: GET and HEAD of the manifest's resources with their Content-Type, ETag and Last-Modified,
 * 304 on a matching {@code If-None-Match} (or, without one, a satisfied {@code If-Modified-Since}), 404 otherwise.
 * Thread-safe: resources are immutable, the correction state is read through a supplier, counters are concurrent.
 */
final class SiteHandler implements HttpHandler {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final byte[] NOT_FOUND = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title>"
            + "</head><body><h1>404 Not Found</h1></body></html>").getBytes(StandardCharsets.UTF_8);

    private final List<ServedResource> resources;
    private final Instant contentEpoch;
    private final Supplier<Optional<Instant>> correctedAt;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    /**
     * @param resources    every resource of the site, both correction states
     * @param contentEpoch Last-Modified of everything except the corrected versions
     * @param correctedAt  when the correction was published, empty before
     */
    SiteHandler(List<ServedResource> resources, Instant contentEpoch, Supplier<Optional<Instant>> correctedAt) {
        this.resources = List.copyOf(resources);
        this.contentEpoch = Objects.requireNonNull(contentEpoch, "contentEpoch");
        this.correctedAt = Objects.requireNonNull(correctedAt, "correctedAt");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Optional<ServedResource> found = current(path);
            if (found.isEmpty()) {
                send(exchange, 404, "text/html; charset=utf-8", NOT_FOUND);
                return;
            }
            serve(exchange, found.get());
        }
    }

    /** How many requests (of any method and outcome) the site received for a path. */
    int requestCount(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** The resource served at a path right now. */
    Optional<ServedResource> current(String path) {
        boolean corrected = correctedAt.get().isPresent();
        return resources.stream()
                .filter(r -> r.entry().path().equals(path) && r.entry().servedWhen(corrected))
                .findFirst();
    }

    private void serve(HttpExchange exchange, ServedResource resource) throws IOException {
        Instant lastModified = lastModified(resource);
        Headers headers = exchange.getResponseHeaders();
        headers.set("ETag", resource.etag());
        headers.set("Last-Modified", HTTP_DATE.format(lastModified));
        headers.set("Cache-Control", "max-age=0, must-revalidate");
        if (notModified(exchange.getRequestHeaders(), resource.etag(), lastModified)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, resource.entry().contentType(), resource.body());
    }

    private Instant lastModified(ServedResource resource) {
        if (resource.entry().state() == ManifestEntry.ServeState.AFTER_CORRECTION) {
            return correctedAt.get().orElse(contentEpoch);
        }
        return contentEpoch;
    }

    static boolean notModified(Headers request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            // Weak comparison, as RFC 9110 asks for If-None-Match.
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        }
        String ifModifiedSince = request.getFirst("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.trim()));
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unparseable date is ignored, as RFC 9110 says
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
