package io.newspipe.streams.tag;

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
 * areas of the same country too. Without a cue nothing changes (the city, the usual reading in news).
 * Stateless.
 */
final class PlaceCues {
    private enum Cue { NONE, AREA, CITY, TOWN }

    /** Area words that precede the name in Arabic and Persian (folded, clitics and article removed). */
    private static final Set<String> AREA_BEFORE_ARABIC = folded("محافظة", "محافظات", "محافظتي", "ولاية",
            "ولايات", "ولايتي", "منطقة", "مناطق", "منطقتي", "إقليم", "أقاليم", "مقاطعة", "مقاطعات", "شعبية", "استان",
            "استان‌های", "استانهای", "ولایت", "ولایات", "ولایت‌های", "ولایتهای", "ایالت", "ایالات", "ایالت‌های",
            "ایالتهای");
    /** City and town words, and the Arabic district words named for their seat town (قضاء الحويجة, مديرية حيس). */
    private static final Set<String> CITY_BEFORE_ARABIC = folded("مدينة", "مدينتي", "مدن", "شهر", "شهرهای",
            "شهر‌های", "بندر", "بلدة", "بلدتي", "بلدات", "قرية", "قريتي", "قضاء", "قضائي", "ناحية", "نواحي",
            "مديرية", "مديريات");
    /**
     * Area words after a Latin name ("Idlib province", "Kharkiv and Sumy regions"); also the names other
     * countries give their first-order areas (parishes of Jamaica, counties of Kenya, departments of Colombia).
     */
    private static final Set<String> AREA_AFTER_LATIN = Set.of("province", "provinces", "governorate",
            "governorates", "state", "states", "region", "regions", "oblast", "oblasts", "prefecture", "krai",
            "wilaya", "wilayas", "governorat", "parish", "parishes", "county", "counties", "department",
            "departments", "district", "districts", "emirate", "canton");
    private static final Set<String> CITY_AFTER_LATIN = Set.of("city");
    /**
     * Area words before "of"/"de"/"d'"/"du"/"des" and a Latin name ("province of", "la région de"); not
     * "district", which names courts (the Western District of New York) and capitals (District of Columbia).
     */
    private static final Set<String> AREA_BEFORE_LATIN = Set.of("province", "provinces", "governorate",
            "governorates", "state", "region", "oblast", "gouvernorat", "gouvernorats", "région", "régions",
            "wilaya", "wilayas", "état", "préfecture", "préfectures", "parish", "county", "department",
            "emirate", "canton", "paroisse", "comté", "département", "émirat");
    private static final Set<String> CITY_BEFORE_LATIN = Set.of("city", "cities", "ville", "villes");
    /**
     * Town words before "of"/"de" that are also evidence for a small place ("the remote town of X", "la commune
     * de X"): news uses them for places too small to be named bare, and rarely before anything else.
     */
    private static final Set<String> TOWN_BEFORE_LATIN = Set.of("town", "towns", "village", "villages", "commune",
            "communes", "localité", "bourgade", "township", "hamlet");
    private static final Set<String> OF = Set.of("of", "de", "d", "du", "des");
    private static final Set<String> CONJUNCTIONS = folded("and", "et", "or", "ou", "و", "یا", "أو");

    private PlaceCues() {
    }

    /**
     * The matches of one text part with cued senses applied: {@code at} holds the token index of each
     * match. A match whose word is itself the city cue (مدينة read as Medina) is dropped.
     */
    static List<EntityLinker.Match> apply(EntityDictionary dictionary, List<Token> tokens,
            List<EntityLinker.Match> matches, int[] at, String language) {
        List<EntityLinker.Match> out = new ArrayList<>(matches);
        boolean[] dropped = new boolean[matches.size()];
        for (int j = 0; j < matches.size(); j++) {
            EntityLinker.Match m = matches.get(j);
            // a designator word inside the name (محافظة إدلب, also a GeoNames alternate of the city) is the area
            if (AdminAreas.designatedKey(m.key())) {
                out.set(j, asDesignated(dictionary, m));
            }
            if (j > 0 && at[j - 1] == at[j] - 1 && before(tokens, at[j]) == Cue.CITY) {
                dropped[j - 1] = true; // the city word itself was matched as a place (مدينة as Medina)
            }
        }
        int k = 0;
        while (k < matches.size()) {
            if (dropped[k] || !place(dictionary, matches.get(k))) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < matches.size() && place(dictionary, matches.get(end + 1))
                    && coordinated(tokens, at[end] + matches.get(end).length(), at[end + 1])) {
                end++;
            }
            Cue cue = before(tokens, at[k]);
            if (cue == Cue.NONE) {
                cue = after(tokens, at[end] + matches.get(end).length());
            }
            String country = null;
            if (cue == Cue.NONE && end > k) {
                country = designatedAreaCountry(dictionary, out, k, end);
                cue = country == null ? Cue.NONE : Cue.AREA;
            }
            if (cue == Cue.NONE && end > k && conjoined(tokens, matches, at, k, end)) {
                PlaceLists.anchorSmallPlaces(dictionary, out, k, end);
            }
            for (int j = k; j <= end && cue != Cue.NONE; j++) {
                EntityLinker.Match m = out.get(j);
                out.set(j, cue == Cue.AREA ? asArea(dictionary, m, country)
                        : asCity(dictionary, m, cue == Cue.TOWN));
                if (cue == Cue.AREA && country == null) {
                    country = areaCountry(dictionary, out.get(j));
                }
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

    /** Whether nothing but a conjunction stands between two names in the same sentence. */
    private static boolean coordinated(List<Token> tokens, int endOfFirst, int startOfSecond) {
        if (tokens.get(startOfSecond).sentenceStart()) {
            return false;
        }
        if (startOfSecond == endOfFirst) {
            return true;
        }
        if (!CONJUNCTIONS.contains(tokens.get(endOfFirst).folded())) {
            return false;
        }
        // "les wilayas de Tizi Ouzou et de Béjaïa", "the provinces of X and of Y"
        return startOfSecond == endOfFirst + 1
                || (startOfSecond == endOfFirst + 2 && OF.contains(tokens.get(endOfFirst + 1).folded()));
    }

    private static Cue before(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return Cue.NONE;
        }
        Token prev = tokens.get(i - 1);
        if (prev.arabicScript()) {
            for (String form : ArabicClitics.lookupForms(prev.folded())) {
                String bare = ArabicClitics.withoutArticle(form);
                if (AREA_BEFORE_ARABIC.contains(bare)) {
                    return Cue.AREA;
                }
                if (CITY_BEFORE_ARABIC.contains(bare)) {
                    return Cue.CITY;
                }
            }
            return Cue.NONE;
        }
        if (i < 2 || !OF.contains(prev.folded())) {
            return Cue.NONE;
        }
        String word = tokens.get(i - 2).folded();
        if (TOWN_BEFORE_LATIN.contains(word)) {
            return Cue.TOWN;
        }
        return AREA_BEFORE_LATIN.contains(word) ? Cue.AREA : CITY_BEFORE_LATIN.contains(word) ? Cue.CITY : Cue.NONE;
    }

    private static Cue after(List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).arabicScript() || tokens.get(i).sentenceStart()) {
            return Cue.NONE;
        }
        String word = tokens.get(i).folded();
        return AREA_AFTER_LATIN.contains(word) ? Cue.AREA : CITY_AFTER_LATIN.contains(word) ? Cue.CITY : Cue.NONE;
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

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicClitics.withoutArticle(TextTokenizer.tokens(w).get(0).folded()));
        }
        return Set.copyOf(out);
    }
}
