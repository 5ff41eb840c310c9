package io.newspipe.demo.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item links of the demo's own feeds and sitemaps, read with a few patterns. This is not a feed parser for the
 * web (the producer has one); it only needs to read the files bundled here, to compute the demo's expectations.
 * Stateless and thread-safe.
 */
public final class FeedLinks {

    private static final Pattern BLOCK = Pattern.compile(
            "<(item|entry|url|sitemap)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern RSS_LINK = Pattern.compile("<link>\\s*([^<\\s]+)\\s*</link>");
    private static final Pattern ATOM_LINK = Pattern.compile("<link\\b[^>]*\\bhref=\"([^\"]+)\"");
    private static final Pattern LOC = Pattern.compile("<loc>\\s*([^<\\s]+)\\s*</loc>");

    private FeedLinks() {
    }

    /**
     * Links of the items of an RSS 2.0 or Atom feed, the pages of a sitemap, or the child sitemaps of a sitemap
     * index, in document order. Channel-level links (the site's home, the feed's self link) are not included.
     */
    public static List<String> itemLinks(String xml) {
        Objects.requireNonNull(xml, "xml");
        List<String> links = new ArrayList<>();
        Matcher block = BLOCK.matcher(xml);
        while (block.find()) {
            String body = block.group(2);
            Pattern pattern = switch (block.group(1)) {
                case "item" -> RSS_LINK;
                case "entry" -> ATOM_LINK;
                default -> LOC;
            };
            Matcher link = pattern.matcher(body);
            if (link.find()) {
                links.add(link.group(1).replace("&amp;", "&"));
            }
        }
        return links;
    }
}
