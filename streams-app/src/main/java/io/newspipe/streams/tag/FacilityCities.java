package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The city inside a listed facility's name in Latin script: "port de Beyrouth", "port of Hodeidah", "Haifa
 * port", "aéroport de Zaventem". News that writes the port or airport of a city names the city too (the
 * labelled sets count the city, never "Port of X"), but {@link EntityLinker} matches longest first and would
 * read only the facility. This finds where the city's word stands, for the linker to read it as a second
 * name inside the first. Facilities with a name of their own (Shahid Rajaee Port, Tanger Med) name no city
 * word the dictionary knows, so nothing is added for them. Stateless and thread-safe.
 */
final class FacilityCities {
    /** Heads of facility names, folded: before "of/de" ("port de X") or after the city ("X port"). */
    private static final Set<String> HEADS = TextTokenizer.foldedWords("port ports airport aéroport harbour "
            + "harbor gare station");
    private static final Set<String> OF = TextTokenizer.foldedWords("of de du d");

    private FacilityCities() {
    }

    /**
     * The word index of the city inside the Latin match {@code m} at word i ("port de Beyrouth": i + 2,
     * "Beirut port": i), or -1 when the match is no facility-of-a-city name.
     */
    static int cityAt(List<Token> tokens, int i, Match m) {
        if (!m.latin() || m.length() < 2) {
            return -1;
        }
        int n = m.length();
        // "port de Beyrouth", "port of Beirut": the head, "of", then the city as the last word
        if (n == 3 && HEADS.contains(tokens.get(i).folded()) && OF.contains(tokens.get(i + 1).folded())
                && tokens.get(i + 2).capitalised()) {
            return i + 2;
        }
        // "Beirut port", "Haifa Port": the city, then the head
        if (n == 2 && HEADS.contains(tokens.get(i + 1).folded()) && tokens.get(i).capitalised()) {
            return i;
        }
        return -1;
    }

    /**
     * {@code cities} (created when null and needed) with the city inside the facility match {@code m} at word i
     * added, as the dictionary reads that one word there; unchanged when there is none.
     */
    static List<Match> add(EntityDictionary dictionary, List<Match> cities, String text, List<Token> tokens, int i,
            Match m, String language) {
        int at = cityAt(tokens, i, m);
        EntityDictionary.Alias[] aliases = at < 0 ? null : dictionary.lookup(tokens.get(at).folded());
        if (aliases == null) {
            Match contracted = at < 0 ? null : FrenchContractions.match(dictionary, tokens, at, language);
            return contracted == null ? cities : with(cities, contracted); // "port du Pirée" is Le Pirée's
        }
        List<Integer> alternateOnly = new ArrayList<>(0);
        List<Integer> senses = AllowedSenses.of(aliases, text, tokens, at, 1, language, false, alternateOnly);
        senses = senses.stream().filter(s -> dictionary.sense(s).kind() == EntityKind.PLACE).toList();
        if (senses.isEmpty()) {
            return cities;
        }
        Token word = tokens.get(at);
        return with(cities, new Match(word.start(), 1, word.surface(), word.folded(), senses, true, false,
                word.folded(), alternateOnly, false, false));
    }

    private static List<Match> with(List<Match> cities, Match city) {
        List<Match> out = cities == null ? new ArrayList<>(1) : cities;
        out.add(city);
        return out;
    }

    /**
     * The linked matches followed by the facilities' cities: the cities come after the rules that read
     * neighbouring names ({@link PlaceCues}), which take the matches as not overlapping.
     */
    static List<Match> merged(List<Match> linked, List<Match> cities) {
        List<Match> out = new ArrayList<>(linked.size() + cities.size());
        out.addAll(linked);
        out.addAll(cities);
        return out;
    }
}
