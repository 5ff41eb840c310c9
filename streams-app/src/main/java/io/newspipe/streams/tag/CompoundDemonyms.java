package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first country of a compound demonym: "franco-allemande", "italo-tunisien", "sino-américain",
 * "Indo-Pakistani", "Russo-Ukrainian". The second half is a demonym the dictionary knows; the first
 * is a combining form that is no word of its own, read as its country only when a hyphen joins it to a country's
 * demonym ("anglo-saxon", "indo-européen" and "Franco" alone name no country). Forms shared by two countries
 * ("nigéro": Niger or Nigeria) or that open names of languages ("serbo-croate", "finno-ougrien") are left out. A
 * form the dictionary reads as a name of its own (English "Sino", "Franco") keeps that reading: the linker asks here
 * only where it found no name.
 * Stateless and thread-safe.
 */
final class CompoundDemonyms {
    /** Combining forms as written (French accents included) → the English name of their country. */
    private static final Map<String, String> WRITTEN = Map.ofEntries(Map.entry("franco", "france"),
            Map.entry("germano", "germany"), Map.entry("italo", "italy"), Map.entry("hispano", "spain"),
            Map.entry("anglo", "united kingdom"), Map.entry("russo", "russia"), Map.entry("sino", "china"),
            Map.entry("nippo", "japan"), Map.entry("américano", "united states"), Map.entry("israélo", "israel"),
            Map.entry("palestino", "palestine"), Map.entry("irano", "iran"), Map.entry("irako", "iraq"),
            Map.entry("syro", "syria"), Map.entry("libano", "lebanon"), Map.entry("turco", "turkey"),
            Map.entry("gréco", "greece"), Map.entry("greco", "greece"), Map.entry("belgo", "belgium"),
            Map.entry("helvético", "switzerland"), Map.entry("luso", "portugal"), Map.entry("austro", "austria"),
            Map.entry("polono", "poland"), Map.entry("indo", "india"), Map.entry("pakistano", "pakistan"),
            Map.entry("afghano", "afghanistan"), Map.entry("sénégalo", "senegal"), Map.entry("ivoiro", "ivory coast"),
            Map.entry("congolo", "congo"), Map.entry("rwando", "rwanda"), Map.entry("camerouno", "cameroon"),
            Map.entry("algéro", "algeria"), Map.entry("tuniso", "tunisia"), Map.entry("maroco", "morocco"),
            Map.entry("égypto", "egypt"), Map.entry("saoudo", "saudi arabia"), Map.entry("qataro", "qatar"),
            Map.entry("kényano", "kenya"), Map.entry("soudano", "sudan"), Map.entry("éthiopo", "ethiopia"),
            Map.entry("somalo", "somalia"), Map.entry("malgacho", "madagascar"), Map.entry("mexicano", "mexico"),
            Map.entry("canado", "canada"), Map.entry("ukraino", "ukraine"), Map.entry("arméno", "armenia"),
            Map.entry("hungaro", "hungary"), Map.entry("brasilo", "brazil"), Map.entry("argentino", "argentina"));
    /** {@link #WRITTEN} by folded form. */
    private static final Map<String, String> FORMS = folded(WRITTEN);

    private CompoundDemonyms() {
    }

    /**
     * The country the combining form at word {@code i} names when a hyphen joins it to a country's demonym at word
     * {@code i + 1}, or null.
     */
    static EntityLinker.Match match(EntityDictionary d, String text, List<Token> tokens, int i) {
        Token word = tokens.get(i);
        if (i + 1 >= tokens.size() || word.end() >= text.length() || text.charAt(word.end()) != '-'
                || tokens.get(i + 1).start() != word.end() + 1 || word.arabicScript()) {
            return null; // the cheap test first: this runs at every word no name starts at
        }
        String country = FORMS.get(word.folded());
        if (country == null || !onlyCountry(d, tokens.get(i + 1).folded())) {
            return null;
        }
        List<Integer> senses = countrySenses(d, country);
        return senses.isEmpty() ? null : new EntityLinker.Match(word.start(), 1, word.surface(), country,
                senses, true, false, country, List.of(), false, false);
    }

    /** The country names of the combining forms, for tests. */
    static Iterable<String> countries() {
        return WRITTEN.values();
    }

    private static Map<String, String> folded(Map<String, String> written) {
        Map<String, String> out = new HashMap<>();
        written.forEach((form, country) -> out.put(TextTokenizer.foldWord(form), country));
        return Map.copyOf(out);
    }

    private static boolean onlyCountry(EntityDictionary d, String key) {
        return CountryAliases.of(d, key, true).onlyCountries();
    }

    private static List<Integer> countrySenses(EntityDictionary d, String key) {
        return CountryAliases.of(d, key, true).senses();
    }
}
