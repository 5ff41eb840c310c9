package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The country written as a modifier before the name of a listed body in Latin script, when the body's own name
 * does not hold it: "the US National Weather Service" names the National Weather Service and the United States
 * (as a demonym would), whereas "the US Census Bureau" is the United States Census Bureau and "US Steel" is U.S.
 * Steel, whose names hold the country. The linker's longest match takes the whole form and would lose the
 * country. A country match at the first word of a listed organisation's match of three or more words becomes a
 * match of its own when that word names only a country, the words after it are on their own a listed name of the
 * same body, and the body's canonical name contains neither the word as written nor the country's name.
 * Stateless and thread-safe.
 */
final class CountryBeforeBodies {
    /** Shortest organisation match read: a country and a two-word name ("US National Guard" is one body). */
    private static final int MIN_WORDS = 3;

    private CountryBeforeBodies() {
    }

    /**
     * The country matches opening the Latin organisation matches of {@code found} (one text part's matches, in
     * text order), in text order.
     */
    static List<EntityLinker.Match> before(EntityDictionary dictionary, List<Token> tokens,
            List<EntityLinker.Match> found) {
        List<EntityLinker.Match> out = null;
        int t = 0;
        for (EntityLinker.Match m : found) {
            if (!m.latin() || m.length() < MIN_WORDS || m.senses().size() != 1) {
                continue;
            }
            EntitySense body = dictionary.sense(m.senses().get(0));
            if (body.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).start() < m.start()) {
                t++;
            }
            if (t == tokens.size() || tokens.get(t).start() != m.start()) {
                continue;
            }
            EntityLinker.Match country = countryAt(dictionary, tokens.get(t));
            if (country != null && restNamesBody(dictionary, tokens, t + 1, m.length() - 1, m.senses().get(0))
                    && !holds(body.name(), country.surface(), dictionary.sense(country.senses().get(0)))) {
                out = out == null ? new ArrayList<>(2) : out;
                out.add(country);
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * Whether the {@code n} words from {@code from} are on their own a listed name of the body {@code sense}: the
     * country word is then a modifier ("US" + "National Weather Service"), not part of the name ("Japan" of
     * "Japan Aerospace Exploration Agency", whose name without it is no name).
     */
    private static boolean restNamesBody(EntityDictionary dictionary, List<Token> tokens, int from, int n, int sense) {
        StringBuilder key = new StringBuilder(tokens.get(from).folded());
        for (int k = from + 1; k < from + n; k++) {
            key.append(' ').append(tokens.get(k).folded());
        }
        EntityDictionary.Alias[] aliases = dictionary.lookup(key.toString());
        if (aliases != null) {
            for (EntityDictionary.Alias a : aliases) {
                if (a.sense() == sense) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one-word country name {@code word} is (an acronym only in capitals: "US", "UK"), or null. */
    private static EntityLinker.Match countryAt(EntityDictionary dictionary, Token word) {
        if (word.arabicScript() || !word.capitalised()) {
            return null;
        }
        // "Georgia", "Jordan": not only a country
        CountryAliases country = CountryAliases.of(dictionary, word.folded(), word.allCaps());
        return !country.onlyCountries() || country.senses().size() != 1 ? null : new EntityLinker.Match(word.start(),
                1, word.surface(), word.folded(), country.senses(), true, false, word.folded(), List.of(), false,
                false);
    }

    /** Whether a canonical name holds the country, as written or by its name ("U.S. Steel", "United States Army"). */
    static boolean holds(String canonical, String written, EntitySense country) {
        String name = NameFold.letters(canonical);
        return name.contains(NameFold.letters(written)) || name.contains(NameFold.letters(country.name()));
    }
}
