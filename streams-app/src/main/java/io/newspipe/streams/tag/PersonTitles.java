package io.newspipe.streams.tag;

import java.util.Map;
import java.util.Objects;

/**
 * The English Wikipedia title of curated people whose canonical name is the short form news uses, with a style
 * ("Queen Rania", "Patriarch Kirill") or without the name the title keeps ("Salva Kiir"): royals and religious
 * leaders are titled "Given, Title of Country" or "Title Given of See", which is what labelled sets and readers
 * compare with. From general knowledge of the titles, by class (every curated person whose canonical name opens
 * with a royal or religious style was checked), not from any evaluation set. Only the reported name changes:
 * the id is made from the canonical name, and every form, the canonical one included, is still matched.
 * Stateless and thread-safe.
 */
final class PersonTitles {
    // --- lat16: reported titles of curated people (session 16) ---
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("Crown Prince Hussein", "Hussein, Crown Prince of Jordan"),
            Map.entry("Queen Rania", "Queen Rania of Jordan"),
            Map.entry("Prince Harry", "Prince Harry, Duke of Sussex"),
            Map.entry("Patriarch Kirill", "Patriarch Kirill of Moscow"),
            Map.entry("Pope Tawadros II", "Pope Tawadros II of Alexandria"),
            Map.entry("Salva Kiir", "Salva Kiir Mayardit"));
    // --- end lat16 ---

    private PersonTitles() {
    }

    /** The title a person whose canonical name is {@code canonical} is reported by: {@code canonical} when listed none. */
    static String of(String canonical) {
        return TITLES.getOrDefault(Objects.requireNonNull(canonical, "canonical"), canonical);
    }
}
