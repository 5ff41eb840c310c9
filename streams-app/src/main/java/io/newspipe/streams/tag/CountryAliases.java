package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The country senses a dictionary key names, walked once for the rules that read a word as a country
 * ({@link CompoundDemonyms}, {@link CountryBeforeBodies}): the distinct country senses among the key's aliases, and
 * whether every alias is a country's ("Georgia", "Jordan" also name places). Stateless and thread-safe.
 *
 * @param senses the distinct country senses, in alias order (acronym aliases only when asked for)
 * @param onlyCountries whether the key has aliases and every one of them is a country's
 */
record CountryAliases(List<Integer> senses, boolean onlyCountries) {
    private static final CountryAliases NONE = new CountryAliases(List.of(), false);

    CountryAliases {
        senses = List.copyOf(senses);
    }

    /**
     * The country aliases of the folded {@code key}; an alias that is an acronym ("us", "uk") counts only when
     * {@code acronyms} (the word is written in capitals, or the caller does not tell).
     */
    static CountryAliases of(EntityDictionary dictionary, String key, boolean acronyms) {
        EntityDictionary.Alias[] aliases = Objects.requireNonNull(dictionary, "dictionary").lookup(key);
        if (aliases == null) {
            return NONE;
        }
        List<Integer> senses = new ArrayList<>(1);
        boolean only = true;
        for (EntityDictionary.Alias a : aliases) {
            if (dictionary.sense(a.sense()).kind() != EntityKind.COUNTRY) {
                only = false;
            } else if ((acronyms || !a.acronym()) && !senses.contains(a.sense())) {
                senses.add(a.sense());
            }
        }
        return new CountryAliases(senses, only);
    }
}
