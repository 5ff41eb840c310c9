package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One pass over a parsed page collecting what the metadata extractor reads: meta tags by name,
 * property, itemprop and http-equiv; link relations; JSON-LD blocks; {@code <time>} and itemprop
 * elements; h1 headings; and the first byline-like and date-like elements. One traversal instead of a
 * dozen CSS selects keeps the extractor fast on big pages. Not thread-safe; one instance per page.
 */
final class PageScan {
    private static final int MAX_SMALL = 12;
    private static final String[] META_KEYS = {"name", "property", "itemprop", "http-equiv"};

    /** Meta contents by lower-cased key, in document order. */
    final Map<String, List<String>> meta = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> h1 = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> relAuthor = new ArrayList<>();
    final Map<String, List<Element>> itemprop = new HashMap<>();
    String canonical;
    String imageSrc;
    String title;
    /** The first {@code <html>} element in document order, or null. */
    Element html;
    /** The page scanned, read again only for {@link #bylines()} and {@link #dateLike()}. */
    private final Element root;
    /** The first byline-like and date-like elements; null until one of them is asked for. */
    private List<Element> bylines;
    private List<Element> dateLike;
    /** {@link #h1}'s texts, read by the title, the dates and the error-page check; filled on first use. */
    private List<String> h1Texts;
    private List<String> cleanH1Texts;

    /** An empty scan of {@code root} (the document), to be filled by {@link #visit} in document order. */
    PageScan(Element root) {
        this.root = root;
    }

    static PageScan of(Document doc) {
        PageScan scan = new PageScan(doc);
        for (Element el = doc; el != null; el = next(el, doc)) {
            scan.visit(el);
        }
        return scan;
    }

    /**
     * The element after {@code el} in document order within {@code root}, or null: elements only,
     * iteratively (no recursion: pages can nest 100,000 levels deep); text nodes are about half of a
     * page's nodes and nothing here needs them.
     */
    private static Element next(Element el, Element root) {
        Element next = el.firstElementChild();
        while (next == null && el != null && el != root) {
            next = el.nextElementSibling();
            if (next == null) {
                el = el.parent();
            }
        }
        return next;
    }

    /**
     * The first {@value #MAX_SMALL} elements whose class or id holds a byline word ({@link ElementMarks}), in
     * document order. Found on first use by a second pass over the elements: only pages whose authors no
     * JSON-LD, meta tag, microdata or rel=author gives ask for them, and reading every class and id for the
     * words cost more than that pass (a third of {@link #visit}'s time over every page).
     */
    List<Element> bylines() {
        if (bylines == null) {
            bylines = marked(ElementMarks.BYLINE);
        }
        return bylines;
    }

    /** Like {@link #bylines()} for the date words; asked only when no structured source dates the page. */
    List<Element> dateLike() {
        if (dateLike == null) {
            dateLike = marked(ElementMarks.DATE);
        }
        return dateLike;
    }

    /** The first {@value #MAX_SMALL} elements whose class or id holds a word of {@code mark}, in document order. */
    private List<Element> marked(int mark) {
        List<Element> found = new ArrayList<>();
        for (Element el = root; el != null && found.size() < MAX_SMALL; el = next(el, root)) {
            if (el.attributesSize() > 0) {
                Attributes attrs = el.attributes();
                if (holds(attrs.get("class"), mark) || holds(attrs.get("id"), mark)) {
                    found.add(el);
                }
            }
        }
        return found;
    }

    private static boolean holds(String value, int mark) {
        return !value.isEmpty() && ElementMarks.of(value, mark) != 0;
    }

    /** The first non-blank content of the first key that has one. */
    String first(String... keys) {
        for (String k : keys) {
            List<String> values = meta.get(k);
            // by index, and no empty list for a missing key: the JIT left an iterator object per key here
            for (int i = 0; values != null && i < values.size(); i++) {
                if (!values.get(i).isBlank()) {
                    return values.get(i);
                }
            }
        }
        return null;
    }

    /** {@code Element.text()} of each of {@link #h1}, computed once. */
    List<String> h1Texts() {
        if (h1Texts == null) {
            h1Texts = new ArrayList<>(h1.size());
            h1.forEach(h -> h1Texts.add(h.text()));
        }
        return h1Texts;
    }

    /** {@link TextCleaner#clean} of each of {@link #h1Texts()}, computed once. */
    List<String> cleanH1Texts() {
        if (cleanH1Texts == null) {
            cleanH1Texts = new ArrayList<>(h1.size());
            h1Texts().forEach(t -> cleanH1Texts.add(TextCleaner.clean(t)));
        }
        return cleanH1Texts;
    }

    List<String> all(String key) {
        return meta.getOrDefault(key, List.of());
    }

    /**
     * {@code el.data()}: the parser gives a script's text one data node, whose string is returned as it is
     * rather than copied through a string builder (JSON-LD blocks run to tens of KB); anything else (no
     * child, several, comments) goes to {@code data()}.
     */
    private static String scriptData(Element el) {
        if (el.childNodeSize() == 1 && el.childNode(0) instanceof DataNode data) {
            return data.getWholeData();
        }
        return el.data();
    }

    /** Reads one element; {@link #of} calls it for every element in document order, {@link PageWalk} too. */
    void visit(Element el) {
        switch (el.normalName()) {
            case "meta" -> meta(el);
            case "link" -> link(el);
            case "script" -> {
                if (el.attributes().get("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(scriptData(el));
                }
            }
            case "title" -> {
                if (title == null && !inSvg(el)) {
                    title = el.text();
                }
            }
            case "h1" -> add(h1, el);
            case "html" -> {
                if (html == null) {
                    html = el;
                }
            }
            case "time" -> add(times, el);
            case "a" -> {
                if (el.attributes().get("rel").toLowerCase(Locale.ROOT).contains("author")) {
                    add(relAuthor, el);
                }
            }
            default -> {
            }
        }
        if (el.attributesSize() == 0) {
            return;
        }
        // Parsed HTML attribute names are lower case, so the exact-key lookups below are safe and cheap.
        Attributes attrs = el.attributes();
        String prop = attrs.get("itemprop");
        if (!prop.isEmpty() && !el.normalName().equals("meta")) {
            add(itemprop.computeIfAbsent(prop.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>()), el);
        }
    }

    /** Parsed HTML attribute names are lower case: exact-key reads, as in {@link #visit}, not case-blind ones. */
    private void meta(Element el) {
        Attributes attrs = el.attributes();
        String content = attrs.hasKey("content") ? attrs.get("content") : attrs.get("value");
        for (String attr : META_KEYS) {
            String key = attrs.get(attr);
            if (!key.isEmpty()) {
                meta.computeIfAbsent(key.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>()).add(content);
            }
        }
    }

    private void link(Element el) {
        String rel = el.attributes().get("rel").toLowerCase(Locale.ROOT);
        if (canonical == null && rel.equals("canonical")) {
            canonical = absUrl(el);
        } else if (imageSrc == null && rel.equals("image_src")) {
            imageSrc = absUrl(el);
        } else if (rel.contains("author")) {
            add(relAuthor, el);
        }
    }

    /** {@code el.absUrl("href")}. */
    private static String absUrl(Element el) {
        return el.hasAttr("href") ? AbsoluteUrls.resolve(el.baseUri(), el.attr("href")) : "";
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
