package io.newspipe.producer.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the item URLs of an RSS 2.0 (and RSS 1.0), Atom or JSON Feed document, whichever the bytes are.
 * External entities are never resolved. Bad input gives a {@link FeedException}, never anything else.
 * Stateless and thread-safe.
 */
public final class FeedParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown when the bytes are not a feed this parser reads. */
    public static final class FeedException extends Exception {
        public FeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FeedParser() {
    }

    /** The items of the feed at {@code feedUrl}, in document order, duplicates removed. */
    public static List<DiscoveredUrl> parse(byte[] body, String feedUrl) throws FeedException {
        int first = firstNonSpace(body);
        if (first < 0) {
            throw new FeedException("empty feed " + feedUrl, null);
        }
        List<DiscoveredUrl> items = body[first] == '{' ? json(body, feedUrl) : xml(body, feedUrl);
        Map<String, DiscoveredUrl> unique = new LinkedHashMap<>();
        for (DiscoveredUrl d : items) {
            unique.putIfAbsent(d.url(), d);
        }
        return List.copyOf(unique.values());
    }

    private static List<DiscoveredUrl> json(byte[] body, String feedUrl) throws FeedException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new FeedException("not a JSON feed: " + feedUrl, e);
        }
        if (root == null || !root.path("items").isArray()) {
            throw new FeedException("JSON without items: " + feedUrl, null);
        }
        List<DiscoveredUrl> out = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String url = item.path("url").asText(item.path("external_url").asText(""));
            add(out, feedUrl, url, item.path("date_published").asText(null), item.path("date_modified").asText(null));
        }
        return out;
    }

    private static List<DiscoveredUrl> xml(byte[] body, String feedUrl) throws FeedException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), null, feedUrl, Parser.xmlParser());
        } catch (IOException | RuntimeException e) {
            throw new FeedException("unreadable XML feed: " + feedUrl, e);
        }
        Element root = doc.children().stream().filter(e -> !e.tagName().startsWith("?")).findFirst().orElse(null);
        String name = root == null ? "" : localName(root.tagName());
        List<DiscoveredUrl> out = new ArrayList<>();
        if (name.equals("rss") || name.equals("rdf")) {
            for (Element item : byLocalName(root, "item")) {
                Element link = firstChild(item, "link");
                Element guid = firstChild(item, "guid");
                String url = link != null && !link.text().isBlank() ? link.text()
                        : guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink")) ? guid.text() : "";
                Element date = firstChild(item, "pubDate") != null ? firstChild(item, "pubDate") : firstChild(item, "date");
                add(out, feedUrl, url, date == null ? null : date.text(), null);
            }
        } else if (name.equals("feed")) {
            for (Element entry : byLocalName(root, "entry")) {
                add(out, feedUrl, atomLink(entry), text(firstChild(entry, "published"), firstChild(entry, "updated")),
                        text(firstChild(entry, "updated"), null));
            }
        } else {
            throw new FeedException("not RSS, Atom or JSON Feed (root " + name + "): " + feedUrl, null);
        }
        return out;
    }

    private static String atomLink(Element entry) {
        String fallback = "";
        for (Element link : entry.children()) {
            if (!localName(link.tagName()).equals("link")) {
                continue;
            }
            String rel = link.attr("rel").toLowerCase(Locale.ROOT);
            if (rel.isEmpty() || rel.equals("alternate")) {
                return link.attr("href");
            }
            if (fallback.isEmpty()) {
                fallback = link.attr("href");
            }
        }
        return fallback;
    }

    private static void add(List<DiscoveredUrl> out, String base, String url, String date, String modified) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            String abs = URI.create(base).resolve(url.strip()).toString();
            out.add(new DiscoveredUrl(abs, Dates.parse(date), Dates.parse(modified)));
        } catch (IllegalArgumentException e) {
            // an item with an unusable link is skipped; the rest of the feed still counts
        }
    }

    static List<Element> byLocalName(Element root, String local) {
        return root.getAllElements().stream().filter(e -> localName(e.tagName()).equals(local)).toList();
    }

    static Element firstChild(Element parent, String local) {
        return parent.children().stream().filter(e -> localName(e.tagName()).equalsIgnoreCase(local))
                .findFirst().orElse(null);
    }

    private static String text(Element a, Element b) {
        return a != null ? a.text() : b != null ? b.text() : null;
    }

    static String localName(String tag) {
        int colon = tag.indexOf(':');
        return (colon < 0 ? tag : tag.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }

    private static int firstNonSpace(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < b.length; i++) {
            if (!Character.isWhitespace(b[i])) {
                return i;
            }
        }
        return -1;
    }
}
