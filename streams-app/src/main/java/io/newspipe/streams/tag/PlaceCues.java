package io.newspipe.streams.tag;

import io.newspipe.streams.tag.PlaceCueWords.Cue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses between a city and the administrative area of the same name (Idlib, Tabuk, Bushehr) from the
 * words around a place name: an area word before or after the name ("محافظة", "استان", "province of",
 * "la région de", "X oblast") chooses the area, a city word ("مدينة", "شهر", "city of", "ville de") the
 * city. Names coordinated in a list ("محافظات إدلب وحماة وحلب", "Kharkiv, Sumy and Kherson regions")
 * share the cue, and a list one of whose names is an area written with its designator makes the others
 * areas of the same country too. Without a cue nothing changes (the city, the usual reading in news). The cue
 * words are in {@link PlaceCueWords}. Stateless.
 */
final class PlaceCues {
    private PlaceCues() {
    }

    /**
     * The matches of one text part with cued senses applied: {@code at} holds the token index of each
     * match. A match whose word is itself the city cue (مدينة read as Medina) is dropped.
     */
    static List<EntityLinker.Match> apply(EntityDictionary dictionary, List<Token> tokens,
            List<EntityLinker.Match> matches, int[] at, String language) {
        List<EntityLinker.Match> out = new ArrayList<>(matches);
        boolean[] dropped = designatedAndCityWords(dictionary, tokens, matches, at, out);
        int k = 0;
        while (k < matches.size()) {
            if (dropped[k] || !place(dictionary, matches.get(k))) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < matches.size() && place(dictionary, matches.get(end + 1))
                    && PlaceCueWords.coordinated(tokens, at[end] + matches.get(end).length(), at[end + 1])) {
                end++;
            }
            applyCue(dictionary, tokens, matches, at, out, k, end);
            if (out.get(k) == matches.get(k)) { // no cue word: in English, "in X", "around X and Y" fix towns
                LocativePlaces.afterPreposition(dictionary, tokens, out, at[k], k, end, language);
            }
            k = end + 1;
        }
        List<EntityLinker.Match> kept = new ArrayList<>(out.size());
        for (int j = 0; j < out.size(); j++) {
            if (!dropped[j]) {
                kept.add(out.get(j));
            }
        }
        return kept;
    }

    /**
     * Reads a match written with its designator as the area in {@code out}, and flags the matches that are
     * the city word before another match.
     */
    private static boolean[] designatedAndCityWords(EntityDictionary dictionary, List<Token> tokens,
            List<EntityLinker.Match> matches, int[] at, List<EntityLinker.Match> out) {
        boolean[] dropped = new boolean[matches.size()];
        for (int j = 0; j < matches.size(); j++) {
            EntityLinker.Match m = matches.get(j);
            // a designator word inside the name (محافظة إدلب, also a GeoNames alternate of the city) is the area
            if (AdminAreas.designatedKey(m.key())) {
                out.set(j, asDesignated(dictionary, m));
            }
            if (j > 0 && at[j - 1] == at[j] - 1 && PlaceCueWords.before(tokens, at[j]) == Cue.CITY) {
                dropped[j - 1] = true; // the city word itself was matched as a place (مدينة as Medina)
            }
        }
        return dropped;
    }

    /**
     * The cue of the coordinated place names {@code from} to {@code to} (the words before the first or after the
     * last, else a designated area among them) applied to all of them in {@code out}; without one, a conjoined
     * list anchors its small places.
     */
    private static void applyCue(EntityDictionary dictionary, List<Token> tokens, List<EntityLinker.Match> matches,
            int[] at, List<EntityLinker.Match> out, int from, int to) {
        Cue cue = PlaceCueWords.before(tokens, at[from]);
        if (cue != Cue.NONE && ArabicWordPlaces.adjectiveOfNoun(tokens, at[from], matches.get(from))) {
            cue = Cue.NONE; // "المنطقة البيضاء" is "the white zone", not the zone of Al Bayda
        }
        if (cue == Cue.GOVERNORS) {
            cue = to > from ? Cue.AREA : Cue.NONE; // "استانداران قم، یزد و زنجان", not "محافظ الإسكندرية"
        }
        if (cue == Cue.NONE) {
            cue = PlaceCueWords.after(tokens, at[to] + matches.get(to).length());
        }
        String country = null;
        if (cue == Cue.NONE && to > from) {
            country = designatedAreaCountry(dictionary, out, from, to);
            cue = country == null ? Cue.NONE : Cue.AREA;
        }
        if (cue == Cue.NONE && to > from && conjoined(tokens, matches, at, from, to)) {
            PlaceLists.anchorSmallPlaces(dictionary, out, from, to);
        }
        for (int j = from; j <= to && cue != Cue.NONE; j++) {
            EntityLinker.Match m = out.get(j);
            out.set(j, cue == Cue.AREA ? asArea(dictionary, m, country)
                    : asCity(dictionary, m, cue == Cue.TOWN));
            if (cue == Cue.AREA && country == null) {
                country = areaCountry(dictionary, out.get(j));
            }
        }
    }

    /**
     * One sense per article: a city name left without a cue is the area of that name when the article chose
     * the area elsewhere (a title's "إدلب" after the body's "محافظة إدلب"). Updates {@code chosen} in place.
     */
    static void oneAreaPerArticle(EntityDictionary d, List<EntityLinker.Match> matches, Integer[] chosen) {
        Set<Integer> areas = new HashSet<>();
        for (Integer s : chosen) {
            if (s != null && d.places().isArea(s)) {
                areas.add(s);
            }
        }
        if (areas.isEmpty()) {
            return;
        }
        for (int k = 0; k < chosen.length; k++) {
            EntityLinker.Match m = matches.get(k);
            if (chosen[k] == null || m.fixed() || d.places().isArea(chosen[k])
                    || d.sense(chosen[k]).kind() != EntityKind.PLACE || d.sense(chosen[k]).capital()) {
                continue; // a capital keeps its name: Washington beside "Washington state"
            }
            for (int a : d.places().areasNamed(m.key())) {
                if (areas.contains(a)) {
                    chosen[k] = a;
                }
            }
        }
    }

    private static boolean place(EntityDictionary d, EntityLinker.Match m) {
        for (int s : m.senses()) {
            if (d.sense(s).kind() != EntityKind.PLACE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a conjunction links two of the list's names ("Thimphu and Paro", "Alger, Oran et Tlemcen"): names
     * only set side by side are often a place and its country or state ("Elizabeth, Jamaica").
     */
    private static boolean conjoined(List<Token> tokens, List<EntityLinker.Match> matches, int[] at, int from,
            int to) {
        for (int j = from; j < to; j++) {
            if (at[j + 1] > at[j] + matches.get(j).length()) {
                return true; // coordinated() let only a conjunction (and "de"/"of") stand between them
            }
        }
        return false;
    }

    /** The country of the first list member written with its designator (محافظة إدلب), or null. */
    private static String designatedAreaCountry(EntityDictionary d, List<EntityLinker.Match> matches, int from,
            int to) {
        for (int j = from; j <= to; j++) {
            if (!AdminAreas.designatedKey(matches.get(j).key())) {
                continue;
            }
            String cc = areaCountry(d, matches.get(j));
            if (cc != null) {
                return cc;
            }
        }
        return null;
    }

    /** The country when every sense of the match is an area of that one country, else null. */
    private static String areaCountry(EntityDictionary d, EntityLinker.Match m) {
        String cc = null;
        for (int s : m.senses()) {
            String c = d.sense(s).countryCode();
            if (!d.places().isArea(s) || c == null || (cc != null && !cc.equals(c))) {
                return null;
            }
            cc = c;
        }
        return cc;
    }

    /**
     * The match read as the area of its name: in {@code country} when given, else in the country of one of
     * its own senses (the most populous area). Unchanged when no such area exists.
     */
    private static EntityLinker.Match asArea(EntityDictionary d, EntityLinker.Match m, String country) {
        Set<String> countries = new HashSet<>();
        for (int s : m.senses()) {
            countries.add(d.sense(s).countryCode());
        }
        int best = -1;
        for (int s : d.places().areasNamed(m.key())) {
            String cc = d.sense(s).countryCode();
            boolean fits = country != null ? country.equals(cc) : countries.contains(cc);
            if (fits && (best < 0 || d.sense(s).population() > d.sense(best).population())) {
                best = s;
            }
        }
        return best < 0 ? m : m.withSenses(List.of(best), true);
    }

    /**
     * A match written with a designator (محافظة إدلب, استان بوشهر, Idlib province): its curated senses if
     * any (إقليم كردستان is the Kurdistan Region, not an Iranian province's generated form), else its area
     * senses. The designator is evidence enough unless it is a word as general as "region" (منطقة).
     */
    private static EntityLinker.Match asDesignated(EntityDictionary d, EntityLinker.Match m) {
        List<Integer> listed = new ArrayList<>(1);
        List<Integer> areas = new ArrayList<>(m.senses().size());
        for (int s : m.senses()) {
            if (d.places().isListed(s)) {
                listed.add(s);
            } else if (d.places().isArea(s)) {
                areas.add(s);
            }
        }
        List<Integer> chosen = listed.isEmpty() ? areas : listed;
        return chosen.isEmpty() ? m : m.withSenses(chosen, !AdminAreas.generalDesignatorKey(m.key()));
    }

    /**
     * The match without its area senses (when some other sense remains); {@code evidence} when the cue word
     * also vouches for a small place (town of, commune de).
     */
    private static EntityLinker.Match asCity(EntityDictionary d, EntityLinker.Match m, boolean evidence) {
        List<Integer> cities = new ArrayList<>(m.senses().size());
        for (int s : m.senses()) {
            if (!d.places().isArea(s)) {
                cities.add(s);
            }
        }
        // a city word chooses among senses but is no evidence for a name that needs some (این شهر خبر داد)
        return cities.isEmpty() ? m : m.withSenses(cities, evidence);
    }
}
