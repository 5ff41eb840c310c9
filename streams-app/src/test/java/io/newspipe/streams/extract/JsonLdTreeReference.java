package io.newspipe.streams.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-LD reading as it was before {@link JsonLdReader}: Jackson's tree model ({@code readTree}) walked
 * node by node. Kept in test scope, unchanged apart from its name, as the reference {@link JsonLd} must
 * agree with on every input ({@code JsonLdEquivalenceTest}). Immutable after construction and thread-safe.
 */
final class JsonLdTreeReference {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLdTreeReference.class);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting", "report",
            "socialmediaposting", "techarticle", "scholarlyarticle", "satiricalarticle", "posting");
    private static final JsonLdTreeReference EMPTY = new JsonLdTreeReference(null, Map.of(), null);

    private final JsonNode article;
    private final Map<String, JsonNode> byId;
    private final JsonNode website;

    private JsonLdTreeReference(JsonNode article, Map<String, JsonNode> byId, JsonNode website) {
        this.article = article;
        this.byId = byId;
        this.website = website;
    }

    /** Parses the text of every {@code application/ld+json} script of a page. */
    static JsonLdTreeReference parse(List<String> scripts) {
        if (scripts.isEmpty()) {
            return EMPTY;
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (String script : scripts) {
            String json = unwrap(script);
            if (json.isEmpty()) {
                continue;
            }
            try {
                collect(MAPPER.readTree(json), nodes, 0);
            } catch (JacksonException e) {
                LOG.debug("skipping unparseable JSON-LD block", e);
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        JsonNode article = null;
        JsonNode website = null;
        for (JsonNode n : nodes) {
            String id = n.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, n);
            }
            if (article == null && hasType(n, ARTICLE_TYPES)) {
                article = n;
            }
            if (website == null && hasType(n, Set.of("website"))) {
                website = n;
            }
        }
        return new JsonLdTreeReference(article, byId, website);
    }

    boolean hasArticle() {
        return article != null;
    }

    String text(String field) {
        return article == null ? null : firstText(article.get(field));
    }

    /** Names of the article's authors (Person nodes or plain strings; Organization authors skipped). */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        if (article != null) {
            for (JsonNode a : items(article.get("author"))) {
                JsonNode n = resolve(a);
                if (n.isTextual()) {
                    names.add(n.asText());
                } else if (n.isObject() && !hasType(n, Set.of("organization", "newsmediaorganization", "corporation"))) {
                    String name = firstText(n.get("name"));
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
            JsonNode p = resolve(items(article.get("publisher")).stream().findFirst().orElse(null));
            String name = p == null ? null : p.isTextual() ? p.asText() : firstText(p.get("name"));
            if (name != null) {
                return name;
            }
        }
        return website == null ? null : firstText(website.get("name"));
    }

    String imageUrl() {
        if (article == null) {
            return null;
        }
        for (JsonNode i : items(article.get("image"))) {
            JsonNode n = resolve(i);
            String url = n.isTextual() ? n.asText() : n.isObject() ? firstText(n.has("url") ? n.get("url") : n.get("contentUrl")) : null;
            if (url != null && !url.isBlank()) {
                return url;
            }
        }
        return null;
    }

    List<String> keywords() {
        List<String> out = new ArrayList<>();
        if (article != null) {
            for (JsonNode k : items(article.get("keywords"))) {
                if (k.isTextual()) {
                    out.add(k.asText());
                }
            }
        }
        return out;
    }

    private JsonNode resolve(JsonNode n) {
        if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
            JsonNode target = byId.get(n.get("@id").asText());
            return target == null ? n : target;
        }
        return n;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static boolean hasType(JsonNode n, Set<String> types) {
        for (JsonNode t : items(n.get("@type"))) {
            if (t.isTextual()) {
                String s = t.asText();
                int slash = s.lastIndexOf('/');
                if (types.contains((slash >= 0 ? s.substring(slash + 1) : s).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<JsonNode> items(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isArray()) {
            List<JsonNode> out = new ArrayList<>(n.size());
            n.forEach(out::add);
            return out;
        }
        return List.of(n);
    }

    private static String firstText(JsonNode n) {
        for (JsonNode i : items(n)) {
            if (i.isTextual() && !i.asText().isBlank()) {
                return i.asText();
            }
            if (i.isObject() && i.has("@value")) {
                return i.get("@value").asText();
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
