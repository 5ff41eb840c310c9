package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One pass over a parsed page collecting what the metadata extractor reads: meta tags by name,
 * property, itemprop and http-equiv; link relations; JSON-LD blocks; {@code <time>} and itemprop
 * elements; h1 headings; and the first byline-like and date-like elements. One traversal instead of a
 * dozen CSS selects keeps the extractor fast on big pages. Not thread-safe; one instance per page.
 */
final class PageScan implements NodeVisitor {
    private static final int MAX_SMALL = 12;

    /** Meta contents by lower-cased key, in document order. */
    final Map<String, List<String>> meta = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> h1 = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> bylines = new ArrayList<>();
    final List<Element> dateLike = new ArrayList<>();
    final List<Element> relAuthor = new ArrayList<>();
    final Map<String, List<Element>> itemprop = new HashMap<>();
    String canonical;
    String imageSrc;
    String title;

    static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        NodeTraversor.traverse(scan, doc);
        return scan;
    }

    /** The first non-blank content of the first key that has one. */
    String first(String... keys) {
        for (String k : keys) {
            for (String v : meta.getOrDefault(k, List.of())) {
                if (!v.isBlank()) {
                    return v;
                }
            }
        }
        return null;
    }

    List<String> all(String key) {
        return meta.getOrDefault(key, List.of());
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element el)) {
            return;
        }
        switch (el.normalName()) {
            case "meta" -> meta(el);
            case "link" -> link(el);
            case "script" -> {
                if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(el.data());
                }
            }
            case "title" -> {
                if (title == null && !inSvg(el)) {
                    title = el.text();
                }
            }
            case "h1" -> add(h1, el);
            case "time" -> add(times, el);
            case "a" -> {
                if (el.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
                    add(relAuthor, el);
                }
            }
            default -> {
            }
        }
        if (el.hasAttr("itemprop")) {
            String key = el.attr("itemprop").toLowerCase(Locale.ROOT).strip();
            if (!el.normalName().equals("meta")) {
                add(itemprop.computeIfAbsent(key, k -> new ArrayList<>()), el);
            }
        }
        String cls = el.className();
        String id = el.id();
        if (!cls.isEmpty() || !id.isEmpty()) {
            String marks = (cls + ' ' + id).toLowerCase(Locale.ROOT);
            if (marks.contains("byline") || marks.contains("author") || marks.contains("writer")) {
                add(bylines, el);
            }
            if (marks.contains("date") || marks.contains("time") || marks.contains("publish") || marks.contains("posted")
                    || marks.contains("byline") || marks.contains("meta")) {
                add(dateLike, el);
            }
        }
    }

    private void meta(Element el) {
        String content = el.hasAttr("content") ? el.attr("content") : el.attr("value");
        for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
            String key = el.attr(attr);
            if (!key.isEmpty()) {
                meta.computeIfAbsent(key.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>()).add(content);
            }
        }
    }

    private void link(Element el) {
        String rel = el.attr("rel").toLowerCase(Locale.ROOT);
        if (canonical == null && rel.equals("canonical")) {
            canonical = el.absUrl("href");
        } else if (imageSrc == null && rel.equals("image_src")) {
            imageSrc = el.absUrl("href");
        } else if (rel.contains("author")) {
            add(relAuthor, el);
        }
    }

    private static boolean inSvg(Element el) {
        Element p = el.parent();
        return p != null && (p.normalName().equals("svg") || p.normalName().equals("symbol"));
    }

    private static void add(List<Element> list, Element el) {
        if (list.size() < MAX_SMALL) {
            list.add(el);
        }
    }
}
