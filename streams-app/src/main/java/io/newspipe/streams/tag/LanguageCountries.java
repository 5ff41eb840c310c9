package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the language of a text says about the countries it is about before any name is read. A language
 * either names a country outright (Persian text is about Iran or Afghanistan: their places win ties as if
 * the country were named) or only makes its places plausible (French news names the towns of France and
 * its overseas departments bare, a trial in Carpentras, but also writes Vienne for Vienna, so those places
 * need no evidence yet win no ties). One table says both. Thread-safe (immutable).
 */
final class LanguageCountries {
    /** How strongly a language points to a country. */
    enum Strength {
        /** As if the article named the country. */
        NAMED,
        /** The country's places need no evidence, but the country is not in context. */
        PLAUSIBLE
    }

    private static final Map<String, Map<String, Strength>> BY_LANGUAGE = Map.of(
            "fa", Map.of("IR", Strength.NAMED, "AF", Strength.NAMED),
            "ur", Map.of("PK", Strength.NAMED),
            "he", Map.of("IL", Strength.NAMED),
            "fr", Map.of("FR", Strength.PLAUSIBLE, "GF", Strength.PLAUSIBLE, "GP", Strength.PLAUSIBLE,
                    "MQ", Strength.PLAUSIBLE, "RE", Strength.PLAUSIBLE, "YT", Strength.PLAUSIBLE));
    private static final Map<String, List<String>> NAMED = select(Strength.NAMED);
    private static final Map<String, Set<String>> PLAUSIBLE = toSets(select(Strength.PLAUSIBLE));

    private LanguageCountries() {
    }

    /** The countries text in {@code language} is taken to name (ISO 3166 codes); empty when none or null. */
    static List<String> named(String language) {
        return language == null ? List.of() : NAMED.getOrDefault(language, List.of());
    }

    /** The countries whose places text in {@code language} makes plausible; empty when none or null. */
    static Set<String> plausible(String language) {
        return language == null ? Set.of() : PLAUSIBLE.getOrDefault(language, Set.of());
    }

    private static Map<String, List<String>> select(Strength strength) {
        Map<String, List<String>> out = new HashMap<>();
        BY_LANGUAGE.forEach((language, countries) -> {
            List<String> codes = countries.entrySet().stream().filter(e -> e.getValue() == strength)
                    .map(Map.Entry::getKey).sorted().toList();
            if (!codes.isEmpty()) {
                out.put(language, codes);
            }
        });
        return Map.copyOf(out);
    }

    private static Map<String, Set<String>> toSets(Map<String, List<String>> lists) {
        Map<String, Set<String>> out = new HashMap<>();
        lists.forEach((language, codes) -> out.put(language, Set.copyOf(codes)));
        return Map.copyOf(out);
    }
}
