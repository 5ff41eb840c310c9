package io.newspipe.streams.tag;

import java.util.Set;

/**
 * The countries whose places Arabic-script news names in their own spelling (Arab League members, Iran,
 * Afghanistan, Pakistan, Western Sahara, Israel): elsewhere an Arabic-script place name is a
 * transliteration, which often collides with a word. Stateless.
 */
final class ArabicScriptCountries {
    private static final Set<String> CODES = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY",
            "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "AF", "PK", "EH", "IL");

    private ArabicScriptCountries() {
    }

    /** Whether places of this ISO 3166 country are named in Arabic script in their own spelling. */
    static boolean contains(String countryCode) {
        return countryCode != null && CODES.contains(countryCode);
    }
}
