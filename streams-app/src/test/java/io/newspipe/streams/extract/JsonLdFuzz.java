package io.newspipe.streams.extract;

import java.util.List;
import java.util.Random;

/**
 * Random JSON-LD-like text for comparing {@link JsonLd} with {@link JsonLdTreeReference}: nested objects,
 * arrays, {@code @graph}, references, the members the reading looks up mixed with ones it skips, every kind
 * of scalar (long and odd numbers, escapes, blank strings), lenient syntax (comments, single quotes, trailing
 * commas, raw control characters), and then, often, damage: cut short, a character changed or inserted,
 * trailing text. Deterministic for a seed. Not thread-safe.
 */
final class JsonLdFuzz {
    private static final List<String> KEYS = List.of("@id", "@type", "@graph", "mainEntity", "@value", "name",
            "headline", "description", "datePublished", "dateCreated", "dateModified", "inLanguage", "author",
            "publisher", "image", "keywords", "url", "contentUrl", "articleBody", "width", "@context", "sameAs",
            "author", "headline", "name", "image", "keywords", "publisher", "@id");
    private static final List<String> TYPES = List.of("NewsArticle", "Article", "http://schema.org/BlogPosting",
            "WebSite", "Person", "Organization", "NewsMediaOrganization", "ImageObject", "WebPage", "report", "");
    private static final List<String> IDS = List.of("#a", "#b", "#site", "5", "null", "true", "");
    private static final List<String> SCALARS = List.of("0", "-0", "5", "1.50", "1e3", "-2.5E-3", "1e400",
            "12345678901234567890123", "2147483648", "-9223372036854775809", "0.1", "true", "false", "null",
            "\"\"", "\"  \"", "\"a\\u00e9\\n\"", "\"\\q\"", "\"Jane Doe\"", "'single'", "\"tab\there\"",
            "\"2024-01-15T10:00:00Z\"", "\"https://example.org/i.jpg\"", "\"a, b; c\"", "\"\\ud83d\"");
    private static final List<String> TEXTS = List.of("Jane Doe", "Ann Lee and Bo Chen", "  ", "", "Example News",
            "https://example.org/a.jpg", "/img/b.png", "2024-01-15T10:00:00Z", "15 janvier 2024", "Floods in Basra",
            "a, b; c", "ar-EG", "#a", "line\\none", "caf\\u00e9", "tab\there");
    private static final String DAMAGE = "{}[],:\"'\\/*tfn-.0e x\n";

    private final Random random;

    JsonLdFuzz(long seed) {
        this.random = new Random(seed);
    }

    /** One document, damaged or not. */
    String document() {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(8) == 0) {
            out.append("/* lead */ ");
        }
        switch (random.nextInt(4)) {
            case 0 -> {
                out.append("{\"@context\":\"https://schema.org\",\"@graph\":[");
                nodes(out, 1);
                out.append("]}");
            }
            case 1 -> {
                out.append('[');
                nodes(out, 1);
                out.append(']');
            }
            case 2 -> node(out, 0);
            default -> value(out, 0);
        }
        String s = out.toString();
        return switch (random.nextInt(12)) {
            case 0 -> s.substring(0, random.nextInt(s.length() + 1));
            case 1 -> replaceOne(s);
            case 2 -> insertOne(s);
            case 3 -> s + (random.nextBoolean() ? " trailing {" : " {\"@type\":\"NewsArticle\",\"headline\":\"Two\"}");
            default -> s;
        };
    }

    private void nodes(StringBuilder out, int depth) {
        int n = 1 + random.nextInt(depth > 1 ? 2 : 4);
        for (int i = 0; i < n; i++) {
            node(out, depth);
            out.append(i + 1 < n || random.nextInt(10) == 0 ? "," : "");
        }
    }

    /** An object that looks like a schema.org node: a type, often an id, then members. */
    private void node(StringBuilder out, int depth) {
        out.append("{\"@type\":");
        typeValue(out);
        if (random.nextBoolean()) {
            out.append(",\"@id\":\"").append(pick(IDS)).append('"');
        }
        int members = random.nextInt(depth > 1 ? 4 : 8);
        for (int i = 0; i < members; i++) {
            String key = pick(KEYS);
            out.append(',').append(random.nextInt(10) == 0 ? "'" + key + "'" : "\"" + key + "\"").append(':');
            member(out, key, depth + 1);
            if (random.nextInt(12) == 0) {
                out.append(" // note\n");
            }
        }
        out.append(random.nextInt(10) == 0 ? ",}" : "}");
    }

    private void member(StringBuilder out, String key, int depth) {
        int roll = random.nextInt(10);
        switch (key) {
            case "@type" -> typeValue(out);
            case "@id" -> out.append(roll == 0 ? pick(SCALARS) : "\"" + pick(IDS) + "\"");
            case "author", "publisher", "image", "mainEntity", "@graph" -> {
                if (roll < 4 || depth > 3) {
                    text(out, roll);
                } else if (roll < 7) {
                    node(out, depth);
                } else if (roll < 9) {
                    out.append('[');
                    nodes(out, depth + 1);
                    out.append(']');
                } else {
                    value(out, depth);
                }
            }
            default -> text(out, roll);
        }
    }

    /** Mostly a string; else an {@code @value} object, an array of strings or anything. */
    private void text(StringBuilder out, int roll) {
        if (roll < 6) {
            out.append('"').append(pick(TEXTS)).append('"');
        } else if (roll < 7) {
            out.append("{\"@value\":").append(random.nextBoolean() ? pick(SCALARS) : "\"" + pick(TEXTS) + "\"").append('}');
        } else if (roll < 9) {
            out.append("[\"").append(pick(TEXTS)).append("\",").append(pick(SCALARS)).append(",\"").append(pick(TEXTS))
                    .append("\"]");
        } else {
            value(out, 4);
        }
    }

    private void value(StringBuilder out, int depth) {
        int kind = depth > 5 ? 3 : random.nextInt(depth == 0 ? 3 : 5);
        switch (kind) {
            case 0, 1 -> object(out, depth);
            case 2 -> array(out, depth);
            case 3 -> out.append(pick(SCALARS));
            default -> out.append('"').append(pick(TYPES)).append('"');
        }
    }

    private void object(StringBuilder out, int depth) {
        if (random.nextInt(6) == 0) {
            out.append("{\"@id\":\"").append(pick(IDS)).append("\"}"); // a reference
            return;
        }
        out.append('{');
        int members = random.nextInt(6);
        for (int i = 0; i < members; i++) {
            String key = pick(KEYS);
            out.append(random.nextInt(10) == 0 ? "'" + key + "'" : "\"" + key + "\"").append(':');
            member(out, key, depth + 1);
            out.append(i + 1 < members || random.nextInt(10) == 0 ? "," : "");
        }
        out.append('}');
    }

    private void typeValue(StringBuilder out) {
        if (random.nextInt(3) == 0) {
            out.append("[\"").append(pick(TYPES)).append("\",").append(pick(SCALARS)).append(",\"")
                    .append(pick(TYPES)).append("\"]");
        } else {
            out.append('"').append(pick(TYPES)).append('"');
        }
    }

    private void array(StringBuilder out, int depth) {
        out.append('[');
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            value(out, depth + 1);
            out.append(i + 1 < n || random.nextInt(10) == 0 ? "," : "");
        }
        out.append(']');
    }

    private String replaceOne(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int at = random.nextInt(s.length());
        return s.substring(0, at) + DAMAGE.charAt(random.nextInt(DAMAGE.length())) + s.substring(at + 1);
    }

    private String insertOne(String s) {
        int at = random.nextInt(s.length() + 1);
        return s.substring(0, at) + DAMAGE.charAt(random.nextInt(DAMAGE.length())) + s.substring(at);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
