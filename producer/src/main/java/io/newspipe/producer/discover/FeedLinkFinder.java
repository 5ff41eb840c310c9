package io.newspipe.producer.discover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds a start page announces with {@code <link rel="alternate" type="application/rss+xml">}
 * (or Atom, or JSON Feed). Stateless and thread-safe.
 */
public final class FeedLinkFinder {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml", "application/x-rss+xml",
            "text/xml", "application/xml");

    private FeedLinkFinder() {
    }

    /** Absolute URLs of the feeds announced by the page (charset from the header, meta or sniffing). */
    public static List<String> find(byte[] html, String charsetOrNull, String pageUrl) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charsetOrNull, pageUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // unknown charset name in the header: let jsoup sniff instead
            return find(html, null, pageUrl);
        }
        Set<String> feeds = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel][href]")) {
            List<String> rels = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (rels.contains("alternate") && FEED_TYPES.contains(type)) {
                String abs = link.absUrl("href");
                if (!abs.isEmpty()) {
                    feeds.add(abs);
                }
            }
        }
        return List.copyOf(feeds);
    }
}
