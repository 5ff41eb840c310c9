package io.newspipe.streams.extract;

import io.newspipe.streams.extract.JsonLdValue.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Publication and modification times of a page, from its sources in order of trust: JSON-LD, meta tags
 * (OpenGraph, Dublin Core, itemprop and vendor variants), microdata and {@code <time>} elements, then the
 * URL ({@code /2024/01/15/}) and the visible text beside the headline, date-like elements and around the
 * headline. A URL date (day only) is refined by a text date of the same day. Stateless and thread-safe.
 */
final class PublicationDates {
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?=[/\\-_.]|$)");
    private static final Duration SAME_DAY = Duration.ofHours(36);
    private static final int MAX_NEAR_TEXT = 1500;
    private static final int SHORT_TEXT = 300;
    private static final String[] DATE_ATTRIBUTES = {"datetime", "content", "data-datetime", "data-timestamp", "title"};
    /** Parsed once: {@code closest(String)} parses its query on every call. */
    private static final Evaluator HEADER_OR_ARTICLE = QueryParser.parse("header, article");

    private PublicationDates() {
    }

    static Instant published(PageScan scan, JsonLd ld, String url, String title) {
        Instant at = firstDate(ld.text(Field.DATE_PUBLISHED), ld.text(Field.DATE_CREATED),
                scan.first("article:published_time", "og:published_time", "og:article:published_time",
                        "article:published", "published_time", "datepublished", "pubdate", "publishdate",
                        "publish-date", "publish_date", "published-date", "published_date", "pub_date",
                        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
                        "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
                        "article.published", "originalpublicationdate", "datecreated", "release_date"));
        if (at == null) {
            at = elementDate(scan, "datepublished");
        }
        if (at != null) {
            return at;
        }
        Instant fromUrl = urlDate(url);
        Instant fromText = textDate(scan, title);
        if (fromUrl == null) {
            return fromText;
        }
        // The URL gives only the day; the text near the headline may give the hour of that same day.
        boolean sameDay = fromText != null && Duration.between(fromUrl, fromText).abs().compareTo(SAME_DAY) <= 0;
        return sameDay ? fromText : fromUrl;
    }

    static Instant modified(PageScan scan, JsonLd ld) {
        Instant at = firstDate(ld.text(Field.DATE_MODIFIED), scan.first("article:modified_time", "og:updated_time",
                "article:modified", "modified_time", "datemodified", "dc.date.modified", "dcterms.modified",
                "last-modified", "lastmod", "article.updated", "parsely-updated"));
        if (at == null) {
            List<Element> els = scan.itemprop.getOrDefault("datemodified", List.of());
            at = els.isEmpty() ? null : dateOf(els.get(0));
        }
        return at;
    }

    private static Instant elementDate(PageScan scan, String itemprop) {
        for (Element e : scan.itemprop.getOrDefault(itemprop, List.of())) {
            Instant i = dateOf(e);
            if (i != null) {
                return i;
            }
        }
        Element chosen = null;
        for (Element t : scan.times) {
            if (t.hasAttr("pubdate") || t.attr("itemprop").equalsIgnoreCase("datePublished")
                    || t.closest(HEADER_OR_ARTICLE) != null) {
                chosen = t;
                break;
            }
        }
        if (chosen == null && !scan.times.isEmpty()) {
            chosen = scan.times.get(0);
        }
        return chosen == null ? null : dateOf(chosen);
    }

    /** The date of the first date attribute that holds one, else of the element's text (each parsed once). */
    private static Instant dateOf(Element e) {
        for (String a : DATE_ATTRIBUTES) {
            String v = e.attr(a);
            Instant at = v.isBlank() ? null : DateParser.parse(v);
            if (at != null) {
                return at;
            }
        }
        return DateParser.parse(e.text());
    }

    /** A date in the visible text: beside the headline first, then in date-like elements, then around. */
    private static Instant textDate(PageScan scan, String title) {
        Element headline = headline(scan, title);
        if (headline != null) {
            Element sib = headline.nextElementSibling();
            for (int i = 0; sib != null && i < 5; i++, sib = sib.nextElementSibling()) {
                Instant at = findShort(sib);
                if (at != null) {
                    return at;
                }
            }
            sib = headline.previousElementSibling();
            for (int i = 0; sib != null && i < 2; i++, sib = sib.previousElementSibling()) {
                Instant at = findShort(sib);
                if (at != null) {
                    return at;
                }
            }
        }
        for (Element e : scan.dateLike()) {
            Instant at = findShort(e);
            if (at != null) {
                return at;
            }
        }
        Element p = headline == null ? null : headline.parent();
        for (int up = 0; p != null && up < 3; up++, p = p.parent()) {
            String t = p.text();
            Instant at = DateParser.find(t.length() > MAX_NEAR_TEXT ? t.substring(0, MAX_NEAR_TEXT) : t);
            if (at != null || t.length() > MAX_NEAR_TEXT) {
                return at;
            }
        }
        return null;
    }

    private static Element headline(PageScan scan, String title) {
        if (scan.h1.isEmpty()) {
            return null;
        }
        List<String> cleaned = scan.cleanH1Texts();
        for (int i = 0; i < scan.h1.size(); i++) {
            if (title != null && cleaned.get(i).equals(title)) {
                return scan.h1.get(i);
            }
        }
        return scan.h1.get(0);
    }

    private static Instant findShort(Element e) {
        if (VisibleText.surelyLongerThan(e, SHORT_TEXT)) {
            return null;
        }
        String t = e.text();
        return t.isEmpty() || t.length() > SHORT_TEXT ? null : DateParser.find(t);
    }

    static Instant urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        var d = DateParser.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant firstDate(String... values) {
        for (String v : values) {
            Instant i = DateParser.parse(v);
            if (i != null) {
                return i;
            }
        }
        return null;
    }
}
