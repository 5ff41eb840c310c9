package io.newspipe.streams.tag;

import java.util.List;

/**
 * Loads first-order administrative areas (provinces, states, governorates: {@code admin1.tsv.gz},
 * derived by {@code tools/gazetteer/derive_admin1.py} from GeoNames ids and multilingual names) into
 * the dictionary as PLACE senses with {@code geonames:} ids. A name shared with a city of the same
 * country (Herat, Sfax, Idlib) stays the city's unless the area is far more populous than the city
 * (Quebec, Bahia); the area is then named with its designator ("ولایت هرات", "la région de Sfax") or
 * chosen by a cue beside the name ({@link PlaceCues}), for which every bare name is recorded. The oblast,
 * krai and شعبية words of GeoNames-derived names are stripped to a bare name too ("خاركيف أوبلاست" →
 * "خاركيف"); bare names that are common words (مرکزی, الشرقية) are only found with a designator or a cue.
 * Persian forms with final ت for an Arabic ة (هراة → هرات) are added for Persian text. Stateless.
 */
final class AdminAreas {
    /** How many times more populous than its namesake city an area must be to take the bare name. */
    static final int BARE_NAME_POPULATION_RATIO = 5;
    /**
     * The same ratio against a city that bears the name only as a Latin alternate (Bahia for Salvador,
     * Oklahoma for Oklahoma City, Basra for Basrah), recorded under {@link #ALTERNATE} + country TAB key.
     */
    static final int ALTERNATE_NAME_POPULATION_RATIO = 3;
    static final String ALTERNATE = "~";

    private static final java.util.Set<String> DESIGNATORS = ArabicClitics.foldedWithoutArticle("province",
            "governorate", "state", "region", "division", "prefecture", "oblast", "gouvernorat", "région", "wilaya",
            "état", "préfecture", "محافظة", "ولاية", "منطقة", "إقليم", "مقاطعة", "ولایت", "استان", "ایالت", "krai",
            "kraï", "أوبلاست", "اوبلاست", "كراي", "شعبية");
    /** Bit n set: some designator has n chars; with {@link #DESIGNATOR_FIRSTS}, a check that allocates nothing. */
    private static final long DESIGNATOR_LENGTHS = lengths(DESIGNATORS);
    /** The first chars of the designators. */
    private static final String DESIGNATOR_FIRSTS = firsts(DESIGNATORS);
    /** The oblast/krai word that GeoNames-derived names carry before or after the name (Oblast de Kharkiv). */
    private static final java.util.regex.Pattern OBLAST_WORD = java.util.regex.Pattern.compile(
            "^(?:(?:Oblast|Kraï|أوبلاست|كراي|شعبية)\\s+(?:de\\s+|d['’])?)|\\s+(?:Oblast|Krai|أوبلاست|كراي)$");

    /**
     * The parish or county word of English names such as "Saint Elizabeth Parish" or "Bomi County": news writes
     * the bare name beside a cue ("the parish of Saint Elizabeth"), so the bare name is recorded too.
     */
    private static final java.util.regex.Pattern PARISH_WORD = java.util.regex.Pattern.compile(
            "\\s+(?:Parish|County)$");

    private static final java.util.Set<String> PERSIAN_COUNTRIES = java.util.Set.of("IR", "AF", "TJ");

    private AdminAreas() {
    }

    /** Adds one row of {@code admin1.tsv.gz}: geonameid, name, country, feature, population, names. */
    static int add(EntityDictionaryBuilder b, Stopwords stopwords, String[] c, KeyedLongs cityPopulations) {
        long population = Long.parseLong(c[4]);
        String cc = c[2];
        int sense = b.addSense(new EntitySense(EntityKind.PLACE, c[1], "geonames:" + c[0], cc, population, false));
        b.places().markArea(sense);
        for (String name : c[5].split("\\|")) {
            addName(b, stopwords, sense, name, cc, population, cityPopulations, null);
            String bare = PARISH_WORD.matcher(OBLAST_WORD.matcher(name).replaceAll("")).replaceAll("");
            if (!bare.equals(name) && !bare.isBlank()) {
                // "خاركيف أوبلاست" is "منطقة خاركيف" or "Kharkiv region" in news: the bare name is what cues find
                addName(b, stopwords, sense, bare, cc, population, cityPopulations, null);
            }
            String persian = persianForm(name, cc);
            if (persian != null) {
                addName(b, stopwords, sense, persian, cc, population, cityPopulations, "fa");
            }
        }
        return sense;
    }

    /** Adds a curated name of an area (see {@link ListedPlaces}) under the rules of the area's own names. */
    static void addListedName(EntityDictionaryBuilder b, Stopwords stopwords, int sense, EntitySense area,
            String name, String language, KeyedLongs cityPopulations) {
        addName(b, stopwords, sense, name, area.countryCode(), area.population(), cityPopulations, language);
    }

    private static void addName(EntityDictionaryBuilder b, Stopwords stopwords, int sense, String name, String cc,
            long population, KeyedLongs cityPopulations, String language) {
        List<Token> tokens = TextTokenizer.tokens(name);
        if (!EntityDictionaryLoader.placeNameUsable(tokens, stopwords)) {
            return;
        }
        boolean designated = designated(tokens);
        if (!designated) {
            b.places().addAreaName(sense, tokens);
        }
        String key = cc + "\t" + EntityDictionary.key(tokens);
        long city = cityPopulations.get(key);
        long alternateCity = cityPopulations.get(ALTERNATE + key);
        if (!designated && ((city != KeyedLongs.NONE && population < BARE_NAME_POPULATION_RATIO * city)
                || (alternateCity != KeyedLongs.NONE && population < ALTERNATE_NAME_POPULATION_RATIO * alternateCity)
                || (tokens.size() == 1 && WORD_NAMES.contains(EntityDictionary.key(tokens))))) {
            return;
        }
        b.addTokens(sense, name, tokens, language, false, !designated);
    }

    /** Whether a name carries a designator word (province, محافظة, استان, région …) and so is unambiguous. */
    static boolean designated(List<Token> tokens) {
        for (Token t : tokens) {
            if (DESIGNATORS.contains(t.arabicScript() ? ArabicClitics.withoutArticle(t.folded()) : t.folded())) {
                return true;
            }
        }
        return false;
    }

    /** Designators as general as "region": a name carrying one still needs the evidence a bare name needs. */
    private static final java.util.Set<String> GENERAL_DESIGNATORS =
            ArabicClitics.foldedWithoutArticle("region", "région", "منطقة");
    /**
     * Bare area names that are common words (central, northern …) in Arabic or Persian: such an area is found
     * only with its designator (استان مرکزی) or a cue.
     */
    private static final java.util.Set<String> WORD_NAMES = ArabicClitics.foldedWithoutArticle("مركزي", "مرکزی",
            "الوسطى", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الشمال", "الجنوب", "الشرق", "الغرب", "العاصمة",
            "شمالي", "جنوبي", "شرقي", "غربي", "الوسطي", "وسطى");

    /** Whether a designated key's designators are all as general as "region" (منطقة تبوك, Tabuk region). */
    static boolean generalDesignatorKey(String key) {
        for (String word : key.split(" ")) {
            String w = ArabicClitics.withoutArticle(word);
            if (DESIGNATORS.contains(w) && !GENERAL_DESIGNATORS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a folded dictionary key (words split by spaces) carries a designator word. */
    static boolean designatedKey(String key) {
        int from = 0;
        while (from <= key.length()) {
            int space = key.indexOf(' ', from);
            int end = space < 0 ? key.length() : space;
            // every linked name's key passes here: most words are ruled out before a substring is cut
            if (mayBeDesignator(key, from, end)
                    && DESIGNATORS.contains(ArabicClitics.withoutArticle(key.substring(from, end)))) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    /** Whether word [from, end) of {@code key}, as it is or without "ال", has a designator's length and first char. */
    private static boolean mayBeDesignator(String key, int from, int end) {
        return lengthAndFirst(key, from, end) || (key.startsWith("ال", from) && lengthAndFirst(key, from + 2, end));
    }

    private static boolean lengthAndFirst(String key, int from, int end) {
        int n = end - from;
        return n > 0 && n < Long.SIZE && (DESIGNATOR_LENGTHS & (1L << n)) != 0
                && DESIGNATOR_FIRSTS.indexOf(key.charAt(from)) >= 0;
    }

    private static long lengths(java.util.Set<String> words) {
        long out = 0;
        for (String w : words) {
            if (w.isEmpty() || w.length() >= Long.SIZE) {
                throw new IllegalStateException("designator length out of range: " + w);
            }
            out |= 1L << w.length();
        }
        return out;
    }

    private static String firsts(java.util.Set<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(w.charAt(0));
        }
        return out.toString();
    }

    /**
     * The Persian spelling of an Arabic-script name, or null when it is the same: a final ة is ت (هراة →
     * هرات), and in areas of Persian-speaking countries the غ that Arabic writes for گ is گ again
     * (هرمزغان → هرمزگان, غیلان → گیلان).
     */
    static String persianForm(String name, String cc) {
        String out = name.replaceAll("\u0629(?=\\s|$)", "\u062A");
        if (PERSIAN_COUNTRIES.contains(cc)) {
            out = out.replace('\u063A', '\u06AF');
        }
        return out.equals(name) ? null : out;
    }
}
