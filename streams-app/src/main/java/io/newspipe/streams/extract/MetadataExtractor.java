package io.newspipe.streams.extract;

import io.newspipe.streams.extract.JsonLdValue.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads {@link PageMetadata} from a parsed page: title without the site-name affix, description,
 * declared canonical URL, site name, authors, published and modified times, language hint, text
 * direction, lead image and the page's own keywords. Sources, best first: JSON-LD, OpenGraph and
 * other meta tags, microdata and {@code <time>} elements, the URL, the visible text around the
 * headline. One traversal of the document ({@link PageScan}). Thread-safe: holds no mutable state.
 */
public final class MetadataExtractor {
    private static final int MAX_KEYWORDS = 50;
    /** Longer "byline" elements are containers, not credits. */
    private static final int MAX_BYLINE = 120;
    /** Parsed once: {@code selectFirst(String)} parses its query on every call. */
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    /**
     * Extracts the metadata of one page.
     *
     * @param doc the parsed page
     * @param url the page URL (base for relative links and the fallback site name)
     */
    public PageMetadata extract(Document doc, String url) {
        Objects.requireNonNull(doc, "doc");
        return extract(doc, url, PageScan.of(doc));
    }

    /** Like {@link #extract(Document, String)} over a scan of {@code doc} the caller already made. */
    PageMetadata extract(Document doc, String url, PageScan scan) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(scan, "scan");
        JsonLd ld = JsonLd.parse(scan.jsonLd);
        String base = doc.location().isEmpty() ? url : doc.location();
        String host = host(url);
        String declaredSite = siteName(scan.first("og:site_name"), ld.publisherName(), scan.first("application-name"));
        String site = declaredSite != null ? declaredSite : host == null ? "unknown" : host;
        String rawTitle = firstNonBlank(unescape(ld.text(Field.HEADLINE)), scan.first("og:title"),
                scan.first("twitter:title"), scan.title);
        String title = TitleCleaner.clean(rawTitle, declaredSite, host, scan.h1Texts());
        String lang = LanguageHints.language(doc, scan, ld);
        return new PageMetadata(title,
                clean(firstNonBlank(scan.first("og:description", "description", "twitter:description"),
                        unescape(ld.text(Field.DESCRIPTION)))),
                canonical(scan, base),
                site,
                authors(scan, ld, site),
                PublicationDates.published(scan, ld, url, title),
                PublicationDates.modified(scan, ld),
                lang,
                LanguageHints.direction(scan.html, doc.body(), lang, title),
                image(scan, ld, base),
                keywords(scan, ld));
    }

    private static List<String> authors(PageScan scan, JsonLd ld, String site) {
        List<String> names = AuthorNames.names(ld.authors(), site, true);
        if (names.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (String k : new String[] {"author", "article:author", "byl", "sailthru.author", "parsely-author",
                "dc.creator", "dcterms.creator", "citation_author", "og:article:author"}) {
                raw.addAll(scan.all(k));
            }
            names = AuthorNames.names(raw, site, false);
        }
        if (names.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Element e : scan.itemprop.getOrDefault("author", List.of())) {
                Element name = e.selectFirst(ITEMPROP_NAME);
                if (!inComments(e)) {
                    raw.add(name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text());
                }
            }
            for (Element a : scan.relAuthor) {
                if (!inComments(a)) {
                    raw.add(a.text());
                }
            }
            names = AuthorNames.names(raw, site, false);
        }
        if (names.isEmpty()) {
            List<String> raw = new ArrayList<>();
            for (Element e : scan.bylines()) {
                String t = VisibleText.surelyLongerThan(e, MAX_BYLINE) ? null : e.text();
                if (t != null && t.length() <= MAX_BYLINE && !inComments(e)) {
                    raw.add(t);
                }
            }
            names = AuthorNames.names(raw, site, false);
        }
        return names;
    }

    /** Comment sections carry their own author credits, which are not the article's. */
    private static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            // class and id read apart: the words hold no space, so none can straddle the joint of the two
            if (p.attributesSize() > 0 && (commentMark(p.attributes().get("class")) || commentMark(p.attributes().get("id")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean commentMark(String value) {
        if (value.isEmpty()) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        return v.contains("comment") || v.contains("reply") || v.contains("respond");
    }

    private static String canonical(PageScan scan, String base) {
        String c = scan.canonical;
        if (c == null || c.isEmpty()) {
            c = absolute(base, scan.first("og:url"));
        }
        return httpOnly(c);
    }

    private static String image(PageScan scan, JsonLd ld, String base) {
        String raw = firstNonBlank(scan.first("og:image:secure_url", "og:image", "og:image:url", "twitter:image",
                "twitter:image:src"), ld.imageUrl(), scan.imageSrc);
        return httpOnly(absolute(base, raw));
    }

    private static List<String> keywords(PageScan scan, JsonLd ld) {
        List<String> raw = new ArrayList<>();
        raw.addAll(scan.all("keywords"));
        raw.addAll(scan.all("news_keywords"));
        raw.addAll(scan.all("article:tag"));
        raw.addAll(ld.keywords());
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String r : raw) {
            String text = unescape(r);
            // the pieces between separators; an empty piece cleans to nothing, so none is dropped as split would
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isKeywordSeparator(text.charAt(i))) {
                    String c = TextCleaner.clean(withoutEndSpaces(text, start, i));
                    if (!c.isEmpty() && c.length() <= 100 && out.size() < MAX_KEYWORDS
                            && seen.add(c.toLowerCase(Locale.ROOT))) {
                        out.add(c);
                    }
                    start = i + 1;
                }
            }
        }
        return out;
    }

    /**
     * {@code text.substring(from, to)} without its leading and trailing plain spaces: {@link TextCleaner#clean}
     * drops them anyway (a space starts no canonical composition, so NFC is the same without it), and the piece
     * after ", " would otherwise never be clean as it is and always take the full cleaning path.
     */
    private static String withoutEndSpaces(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isKeywordSeparator(char c) {
        return c == ',' || c == ';' || c == '،' || c == '؛';
    }

    private static String absolute(String base, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return AbsoluteUrls.resolve(base, raw.strip());
    }

    private static String httpOnly(String u) {
        if (u == null) {
            return null;
        }
        String l = u.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") ? u : null;
    }

    /** The host of a URL, lower case, without "www." (parsed by hand: page URLs are often not valid URIs). */
    static String host(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return null;
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String h = url.substring(start, end);
        h = h.substring(h.lastIndexOf('@') + 1);
        int colon = h.lastIndexOf(':');
        h = (colon > h.lastIndexOf(']') ? h.substring(0, colon) : h).toLowerCase(Locale.ROOT);
        h = h.startsWith("www.") ? h.substring(4) : h;
        return h.isEmpty() ? null : h;
    }

    private static String unescape(String s) {
        return s == null || s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = TextCleaner.clean(s);
        return c.isEmpty() ? null : c;
    }

    /** The first declared site name that is a name, not a URL or a social handle. */
    private static String siteName(String... values) {
        for (String v : values) {
            String c = clean(v);
            if (c != null && !c.contains("://") && !c.startsWith("@") && !c.startsWith("www.") && c.length() <= 100) {
                return c;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
