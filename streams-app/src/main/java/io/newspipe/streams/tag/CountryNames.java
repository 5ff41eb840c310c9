package io.newspipe.streams.tag;

import java.util.Map;
import java.util.Objects;

/**
 * The English name a country is reported by: the title English Wikipedia gives it, which is what readers and
 * labelled sets write. CLDR's English display names are short UI forms ("Bosnia &amp; Herzegovina", "St. Lucia",
 * "Congo - Kinshasa", "Macao SAR China"), so they are spelled out here; a few common names replace CLDR's official
 * or bracketed ones. Only the reported name changes; the id stays {@code iso3166:<code>}. Stateless and thread-safe.
 */
final class CountryNames {
    private static final Map<String, String> OWN = Map.ofEntries(Map.entry("PS", "Palestine"),
            Map.entry("CD", "Democratic Republic of the Congo"), Map.entry("CG", "Republic of the Congo"),
            Map.entry("MM", "Myanmar"), Map.entry("CI", "Ivory Coast"), Map.entry("KR", "South Korea"),
            Map.entry("KP", "North Korea"), Map.entry("HK", "Hong Kong"), Map.entry("TR", "Turkey"),
            Map.entry("CZ", "Czech Republic"), Map.entry("MO", "Macau"),
            Map.entry("VC", "Saint Vincent and the Grenadines"),
            Map.entry("GS", "South Georgia and the South Sandwich Islands"),
            Map.entry("HM", "Heard Island and McDonald Islands"), Map.entry("CC", "Cocos (Keeling) Islands"),
            Map.entry("TL", "East Timor"), Map.entry("VI", "United States Virgin Islands"),
            Map.entry("FM", "Federated States of Micronesia"));

    private CountryNames() {
    }

    /**
     * The reported English name of the country {@code code} whose CLDR English display name is {@code cldr}.
     *
     * @param code ISO 3166-1 alpha-2 code
     * @param cldr CLDR's English display name for it
     */
    static String english(String code, String cldr) {
        Objects.requireNonNull(cldr, "cldr");
        String own = OWN.get(Objects.requireNonNull(code, "code"));
        if (own != null) {
            return own;
        }
        String name = ReportedNames.beforeParenthesis(cldr).replace(" & ", " and ");
        return name.startsWith("St. ") ? "Saint " + name.substring(4) : name;
    }
}
