package io.newspipe.streams.route;

import io.newspipe.avro.Article;
import io.newspipe.avro.Entity;
import io.newspipe.avro.EntityType;
import io.newspipe.avro.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A routing rule: articles matching a predicate are also written to an extra topic. Rules are
 * written {@code <lang|topic|country>:<value>=<topic>}; a topic rule matches an article carrying that
 * exact IPTC code. Immutable and thread-safe.
 *
 * @param field lang, topic or country
 * @param value the language code, IPTC code or ISO country code to match
 * @param topic the output topic
 */
public record Route(String field, String value, String topic) {
    public Route {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(topic, "topic");
        if (!List.of("lang", "topic", "country").contains(field)) {
            throw new IllegalArgumentException("route field must be lang, topic or country: " + field);
        }
    }

    /** Parses a comma-separated list of rules; blank means none. */
    public static List<Route> parseAll(String rules) {
        List<Route> routes = new ArrayList<>();
        if (rules == null || rules.isBlank()) {
            return routes;
        }
        for (String rule : rules.split(",")) {
            int colon = rule.indexOf(':');
            int eq = rule.lastIndexOf('=');
            if (colon < 0 || eq < colon) {
                throw new IllegalArgumentException("bad route '" + rule.strip() + "': want <field>:<value>=<topic>");
            }
            routes.add(new Route(rule.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    rule.substring(colon + 1, eq).strip(), rule.substring(eq + 1).strip()));
        }
        return routes;
    }

    /** Whether the article goes to this route's topic. */
    public boolean matches(Article article) {
        return switch (field) {
            case "lang" -> value.equalsIgnoreCase(Objects.toString(article.getLanguage(), ""));
            case "topic" -> article.getTopics().stream().map(Topic::getCode).anyMatch(this::sameTopic);
            default -> article.getEntities().stream()
                    .filter(e -> e.getType() == EntityType.COUNTRY || e.getType() == EntityType.PLACE)
                    .map(Entity::getCountryCode).anyMatch(value::equalsIgnoreCase);
        };
    }

    private boolean sameTopic(String code) {
        return value.equals(code);
    }
}
