package io.newspipe.streams.extract;

import io.newspipe.streams.extract.JsonLdValue.Field;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article-level facts of a page's JSON-LD blocks: the article node (NewsArticle, Article,
 * BlogPosting, ReportageNewsArticle, … found in arrays, {@code @graph} or {@code mainEntity}) and the
 * nodes it refers to by {@code @id}. Lenient parsing (comments, single quotes, raw control characters,
 * trailing commas, CDATA wrappers); broken blocks are skipped, never thrown. Each block is read by
 * {@link JsonLdReader}, which keeps only the members looked up here. Immutable after construction and
 * thread-safe.
 */
final class JsonLd {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLd.class);
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting", "report",
            "socialmediaposting", "techarticle", "scholarlyarticle", "satiricalarticle", "posting");
    private static final Set<String> WEBSITE_TYPES = Set.of("website");
    private static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "newsmediaorganization", "corporation");
    private static final JsonLd EMPTY = new JsonLd(null, Map.of(), null);

    private final JsonLdValue article;
    private final Map<String, JsonLdValue> byId;
    private final JsonLdValue website;

    private JsonLd(JsonLdValue article, Map<String, JsonLdValue> byId, JsonLdValue website) {
        this.article = article;
        this.byId = byId;
        this.website = website;
    }

    /** Parses the text of every {@code application/ld+json} script of a page. */
    static JsonLd parse(List<String> scripts) {
        if (scripts.isEmpty()) {
            return EMPTY;
        }
        List<JsonLdValue> nodes = new ArrayList<>();
        for (String script : scripts) {
            String json = unwrap(script);
            if (json.isEmpty()) {
                continue;
            }
            try {
                collect(JsonLdReader.read(json), nodes, 0);
            } catch (IOException e) {
                LOG.debug("skipping unparseable JSON-LD block", e);
            }
        }
        Map<String, JsonLdValue> byId = new HashMap<>();
        JsonLdValue article = null;
        JsonLdValue website = null;
        for (JsonLdValue n : nodes) {
            JsonLdValue idValue = n.get(Field.ID);
            String id = idValue == null ? "" : idValue.asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, n);
            }
            if (article == null && hasType(n, ARTICLE_TYPES)) {
                article = n;
            }
            if (website == null && hasType(n, WEBSITE_TYPES)) {
                website = n;
            }
        }
        return new JsonLd(article, byId, website);
    }

    boolean hasArticle() {
        return article != null;
    }

    /** The first text of one of the article's members (headline, datePublished, inLanguage, …), or null. */
    String text(Field field) {
        return article == null ? null : firstText(article.get(field));
    }

    /** Names of the article's authors (Person nodes or plain strings; Organization authors skipped). */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        if (article != null) {
            for (JsonLdValue a : items(article.get(Field.AUTHOR))) {
                JsonLdValue n = resolve(a);
                if (n.isTextual()) {
                    names.add(n.asText());
                } else if (n.isObject() && !hasType(n, ORGANIZATION_TYPES)) {
                    String name = firstText(n.get(Field.NAME));
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    String publisherName() {
        if (article != null) {
            List<JsonLdValue> publishers = items(article.get(Field.PUBLISHER));
            JsonLdValue p = resolve(publishers.isEmpty() ? null : publishers.get(0));
            String name = p == null ? null : p.isTextual() ? p.asText() : firstText(p.get(Field.NAME));
            if (name != null) {
                return name;
            }
        }
        return website == null ? null : firstText(website.get(Field.NAME));
    }

    String imageUrl() {
        if (article == null) {
            return null;
        }
        for (JsonLdValue i : items(article.get(Field.IMAGE))) {
            JsonLdValue n = resolve(i);
            String url = n.isTextual() ? n.asText()
                    : n.isObject() ? firstText(n.has(Field.URL) ? n.get(Field.URL) : n.get(Field.CONTENT_URL)) : null;
            if (url != null && !url.isBlank()) {
                return url;
            }
        }
        return null;
    }

    List<String> keywords() {
        List<String> out = new ArrayList<>();
        if (article != null) {
            for (JsonLdValue k : items(article.get(Field.KEYWORDS))) {
                if (k.isTextual()) {
                    out.add(k.asText());
                }
            }
        }
        return out;
    }

    /** The node an {@code {"@id": …}} reference names, when there is one; else the value itself. */
    private JsonLdValue resolve(JsonLdValue n) {
        if (n != null && n.isReference()) {
            JsonLdValue target = byId.get(n.get(Field.ID).asText());
            return target == null ? n : target;
        }
        return n;
    }

    /** The objects of a block: the value itself, array elements, {@code @graph} and {@code mainEntity}, 4 levels deep. */
    private static void collect(JsonLdValue n, List<JsonLdValue> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonLdValue c : n.elements()) {
                collect(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get(Field.GRAPH), out, depth + 1);
            JsonLdValue main = n.get(Field.MAIN_ENTITY);
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static boolean hasType(JsonLdValue n, Set<String> types) {
        for (JsonLdValue t : items(n.get(Field.TYPE))) {
            if (t.isTextual()) {
                String s = t.asText();
                int slash = s.lastIndexOf('/');
                if (types.contains((slash >= 0 ? s.substring(slash + 1) : s).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An array's elements, nothing for a missing or null value, else the value alone. */
    private static List<JsonLdValue> items(JsonLdValue n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        return n.isArray() ? n.elements() : List.of(n);
    }

    private static String firstText(JsonLdValue n) {
        for (JsonLdValue i : items(n)) {
            if (i.isTextual() && !i.asText().isBlank()) {
                return i.asText();
            }
            if (i.isObject() && i.has(Field.VALUE)) {
                return i.get(Field.VALUE).asText();
            }
        }
        return null;
    }

    private static String unwrap(String script) {
        String s = script.strip();
        if (s.startsWith("//<![CDATA[") || s.startsWith("<![CDATA[")) {
            s = s.substring(s.indexOf("[CDATA[") + 7);
            int end = s.lastIndexOf("]]>");
            s = end >= 0 ? s.substring(0, end) : s;
            s = s.endsWith("//") ? s.substring(0, s.length() - 2) : s;
        }
        return s.strip();
    }
}
