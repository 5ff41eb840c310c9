package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.List;
import java.util.Set;

/**
 * French "à X" before a name shared by a country and its capital names the city: the country takes "au"
 * or "en" (au Luxembourg, au Koweït, au Panama), the city "à" (à Luxembourg, à Koweït, à Panama). City-states
 * and the countries that take "à" themselves (à Singapour, à Monaco, à Djibouti) keep the country's reading.
 * Stateless.
 */
final class CapitalCue {
    /** Countries named with "à" in French whose capital bears the country's name. */
    private static final Set<String> COUNTRIES_TAKING_A = Set.of("SG", "MC", "DJ", "SM", "VA");

    private CapitalCue() {
    }

    /** The match narrowed to the capital when French "à" stands before a country-and-capital name, else itself. */
    static Match apply(EntityDictionary dictionary, List<Token> tokens, int i, Match m, String language) {
        if (!"fr".equals(language) || i == 0 || !m.latin() || !"à".equalsIgnoreCase(tokens.get(i - 1).surface())) {
            return m;
        }
        for (int c : m.senses()) {
            EntitySense country = dictionary.sense(c);
            if (country.kind() != EntityKind.COUNTRY || COUNTRIES_TAKING_A.contains(country.countryCode())) {
                continue;
            }
            for (int p : m.senses()) {
                EntitySense place = dictionary.sense(p);
                if (place.kind() == EntityKind.PLACE && place.capital()
                        && country.countryCode().equals(place.countryCode())) {
                    return m.withSenses(List.of(p), false);
                }
            }
        }
        return m;
    }
}
