package io.newspipe.streams.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newspipe.streams.testing.SyntheticArticles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on 127.0.0.1 for the real producer in ops tests: {@code /robots.txt} (disallows
 * {@code /private/}), an RSS feed at {@code /rss.xml} listing {@code articles} article pages and one
 * disallowed page, answered 304 to a matching {@code If-None-Match}, and the article pages (ten
 * paragraphs of distinct sentences, at least 150 distinct words each). So every poll after the first
 * counts a 304, and the disallowed URL counts a {@code robots_disallowed} fetch error. Thread-safe.
 */
final class LocalNewsSite implements AutoCloseable {
    private static final String FEED_ETAG = "\"feed-v1\"";
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
    private final HttpServer server;
    private final int articles;
    private final AtomicInteger pagesServed = new AtomicInteger();

    LocalNewsSite(int articles) throws IOException {
        this.articles = articles;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Article pages answered with 200 so far. */
    int pagesServed() {
        return pagesServed.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            send(exchange, 200, "text/plain; charset=utf-8", "User-agent: *\nDisallow: /private/\n");
        } else if (path.equals("/rss.xml")) {
            if (FEED_ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("ETag", FEED_ETAG);
            send(exchange, 200, "application/rss+xml; charset=utf-8", feed());
        } else if (path.matches("/news/story-\\d+\\.html")) {
            int n = Integer.parseInt(path.replaceAll("\\D", ""));
            pagesServed.incrementAndGet();
            send(exchange, 200, "text/html; charset=utf-8", SyntheticArticles.page(1000 + n, base() + path, 10));
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
        }
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        ZonedDateTime date = ZonedDateTime.of(2026, 11, 29, 6, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 1; i <= articles; i++) {
            items.append(item(base() + "/news/story-" + i + ".html", "Story " + i, date.minusMinutes(i)));
        }
        items.append(item(base() + "/private/draft-1.html", "Draft", date));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Loopback Herald</title><link>%s/</link>
                <description>Local news for tests</description>
                %s</channel></rss>
                """.formatted(base(), items);
    }

    private static String item(String url, String title, ZonedDateTime date) {
        return "<item><title>" + title + "</title><link>" + url + "</link><guid>" + url + "</guid><pubDate>"
                + RFC_1123.format(date) + "</pubDate></item>\n";
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
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
