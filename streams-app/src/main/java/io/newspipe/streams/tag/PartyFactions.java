package io.newspipe.streams.tag;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether the parenthesis that ends an organisation's canonical name is part of its name, not Wikipedia's
 * disambiguation: a party split into factions keeps the faction in its title ("Communist Party of Nepal (Unified
 * Marxist–Leninist)", "Communist Party of India (Marxist)", "Pakistan Muslim League (N)", "Jamiat Ulema-e-Islam
 * (F)"), and without it the name is another party's (the undivided "Communist Party of Nepal", "Communist Party
 * of India"). A disambiguation names a country, place or kind ("(Japan)", "(club)"), never a one-letter faction
 * or a Marxist current. Stateless and thread-safe.
 */
final class PartyFactions {
    /** Word stems of the communist currents that name factions ("Marxist", "Maoist Centre", "Marxist–Leninist"). */
    private static final List<String> CURRENTS = List.of("marxis", "maois", "leninis");

    private PartyFactions() {
    }

    /** Whether {@code canonical} ends with a parenthesised faction that belongs to the name. */
    static boolean named(String canonical) {
        Objects.requireNonNull(canonical, "canonical");
        int open = canonical.lastIndexOf(" (");
        if (open <= 0 || !canonical.endsWith(")")) {
            return false;
        }
        String inside = canonical.substring(open + 2, canonical.length() - 1);
        if (inside.length() == 1) {
            return Character.isUpperCase(inside.charAt(0)); // "(N)", "(F)": the faction's leader's initial
        }
        String lower = inside.toLowerCase(Locale.ROOT);
        for (String stem : CURRENTS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
