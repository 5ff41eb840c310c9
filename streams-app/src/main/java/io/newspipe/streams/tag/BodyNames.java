package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a country's bodies carry where they differ from the name the rendering rules give
 * ({@link RenderedOrganisations}): "Central Bank of Japan" is the Bank of Japan, Spain's "House of
 * Representatives" the Congress of Deputies. Read once from {@code body-names.tsv}, which holds English
 * Wikipedia's titles, a country disambiguation "X (Country)" written "X of Country" as the curated lists do.
 * Immutable and thread-safe.
 */
final class BodyNames {
    private static final Map<String, String> OWN = load();
    /**
     * Generic names no body carries: a country's electoral commission is titled "Election Commission of India",
     * "Malawi Electoral Commission", "National Election Board of Ethiopia"..., so the rules' "Electoral Commission
     * of X" is reported only when this file gives X's own title.
     */
    private static final List<String> LISTED_ONLY = listedOnly();

    private BodyNames() {
    }

    /**
     * The body's own name for the rule-rendered {@code rendered}, else {@code rendered} itself; null for a generic
     * name that only stands for a listed title ({@link #LISTED_ONLY}) when none is listed.
     */
    static String of(String rendered) {
        String own = OWN.get(rendered);
        if (own != null) {
            return own;
        }
        for (String prefix : LISTED_ONLY) {
            if (rendered.startsWith(prefix)) {
                return null;
            }
        }
        return rendered;
    }

    private static List<String> listedOnly() {
        List<String> out = new java.util.ArrayList<>(List.of("Electoral Commission of "));
        for (String kind : NationalAgencies.KINDS) {
            out.add(kind + " of ");
        }
        for (String kind : NationalFederations.KINDS) {
            out.add(kind + " of ");
        }
        return List.copyOf(out);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        EntityDictionaryLoader.readTsv("body-names.tsv", false, c -> out.put(c[0].strip(), c[1].strip()));
        return Map.copyOf(out);
    }
}
