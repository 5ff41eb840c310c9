package io.newspipe.producer.discover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads sitemaps (sitemaps.org): a {@code sitemapindex} gives child sitemaps, a {@code urlset} gives page
 * URLs with {@code news:publication_date} (Google News sitemaps) or {@code lastmod} as their date; a
 * plain-text sitemap gives one URL a line. Gzipped sitemaps ({@code .xml.gz}) are unpacked up to
 * {@link #MAX_UNPACKED} bytes. Stateless and thread-safe.
 */
public final class SitemapParser {
    /** Unpacked size limit of a sitemap (the sitemaps.org limit). */
    public static final int MAX_UNPACKED = 50 * 1024 * 1024;

    /** What a sitemap lists: either child sitemaps (an index) or pages. Immutable. */
    public record Sitemap(List<String> sitemaps, List<DiscoveredUrl> pages) {
        public Sitemap {
            sitemaps = List.copyOf(sitemaps);
            pages = List.copyOf(pages);
        }
    }

    private SitemapParser() {
    }

    /** Parses the sitemap at {@code sitemapUrl}; unreadable input gives an empty sitemap and an exception. */
    public static Sitemap parse(byte[] body, String sitemapUrl) throws FeedParser.FeedException {
        byte[] bytes = gunzipIfPacked(body, sitemapUrl);
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).strip();
        if (!head.startsWith("<") && !head.startsWith("\uFEFF") && !head.startsWith("\u00EF\u00BB\u00BF")) {
            return text(bytes, sitemapUrl);
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, sitemapUrl, Parser.xmlParser());
        } catch (IOException | RuntimeException e) {
            throw new FeedParser.FeedException("unreadable sitemap " + sitemapUrl, e);
        }
        List<String> children = new ArrayList<>();
        for (Element sm : FeedParser.byLocalName(doc, "sitemap")) {
            Element loc = FeedParser.firstChild(sm, "loc");
            if (loc != null && !loc.text().isBlank()) {
                resolve(sitemapUrl, loc.text()).ifPresent(children::add);
            }
        }
        List<DiscoveredUrl> pages = new ArrayList<>();
        for (Element url : FeedParser.byLocalName(doc, "url")) {
            Element loc = FeedParser.firstChild(url, "loc");
            if (loc == null || loc.text().isBlank()) {
                continue;
            }
            Element lastmod = FeedParser.firstChild(url, "lastmod");
            java.time.Instant modified = lastmod == null ? null : Dates.parse(lastmod.text());
            String news = newsDate(url);
            java.time.Instant published = news != null ? Dates.parse(news) : modified;
            resolve(sitemapUrl, loc.text()).ifPresent(u -> pages.add(new DiscoveredUrl(u, published, modified)));
        }
        if (children.isEmpty() && pages.isEmpty() && FeedParser.byLocalName(doc, "urlset").isEmpty()
                && FeedParser.byLocalName(doc, "sitemapindex").isEmpty()) {
            throw new FeedParser.FeedException("not a sitemap: " + sitemapUrl, null);
        }
        return new Sitemap(children, pages);
    }

    private static String newsDate(Element url) {
        Element news = FeedParser.firstChild(url, "news");
        if (news == null) {
            return null;
        }
        Element date = FeedParser.firstChild(news, "publication_date");
        return date == null ? null : date.text();
    }

    private static Sitemap text(byte[] bytes, String sitemapUrl) {
        List<DiscoveredUrl> pages = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String s = line.strip();
            if (s.startsWith("http://") || s.startsWith("https://")) {
                resolve(sitemapUrl, s).ifPresent(u -> pages.add(new DiscoveredUrl(u, null)));
            }
        }
        return new Sitemap(List.of(), pages);
    }

    private static java.util.Optional<String> resolve(String base, String url) {
        try {
            return java.util.Optional.of(URI.create(base).resolve(url.strip()).toString());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static byte[] gunzipIfPacked(byte[] body, String url) throws FeedParser.FeedException {
        if (body.length < 2 || (body[0] & 0xFF) != 0x1F || (body[1] & 0xFF) != 0x8B) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes(MAX_UNPACKED + 1);
            if (out.length > MAX_UNPACKED) {
                throw new FeedParser.FeedException("sitemap larger than " + MAX_UNPACKED + " bytes: " + url, null);
            }
            return out;
        } catch (IOException e) {
            throw new FeedParser.FeedException("bad gzip in sitemap " + url, e);
        }
    }
}
