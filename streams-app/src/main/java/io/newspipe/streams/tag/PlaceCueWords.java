package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * The words around a place name that cue its reading for {@link PlaceCues}: an area word before or after it
 * ("محافظة", "استان", "province of", "la région de", "X oblast"), a city word ("مدينة", "شهر", "city of", "ville
 * de"), a town word that also vouches for a small place ("the town of", "la commune de"), and the conjunctions
 * that coordinate names in a list. Stateless.
 */
final class PlaceCueWords {
    /** What the words next to a name say it is ({@code GOVERNORS}: the areas, when a list of names follows). */
    enum Cue { NONE, AREA, CITY, TOWN, GOVERNORS }

    /**
     * Area words that precede the name in Arabic and Persian (folded, clitics and article removed); also the
     * countryside of a governorate's namesake seat ("ريف حلب الشمالي", "ريف دير الزور الشرقي"), which names the
     * area around the city, not the city.
     */
    private static final Set<String> AREA_BEFORE_ARABIC = ArabicClitics.foldedWithoutArticle("محافظة", "محافظات",
            "محافظتي", "ولاية", "ولايات", "ولايتي", "منطقة", "مناطق", "منطقتي", "إقليم", "أقاليم", "مقاطعة", "مقاطعات",
            "شعبية", "استان", "استان‌های", "استانهای", "ولایت", "ولایات", "ولایت‌های", "ولایتهای", "ایالت", "ایالات",
            "ایالت‌های", "ایالتهای", "ريف", "أرياف");
    /**
     * Governors of first-order areas and their offices ("محافظو", "والي", "استانداران", "استانداری"): before a
     * list of names they name the areas ("استانداران قم، یزد و زنجان"); before one name they are left alone, since
     * "محافظ الإسكندرية" heads an article about the city as often as one about the governorate.
     */
    private static final Set<String> GOVERNORS_BEFORE_ARABIC = ArabicClitics.foldedWithoutArticle("محافظ", "محافظو",
            "محافظي", "والي", "ولاة", "استاندار", "استانداران", "استانداری", "استانداری‌های");
    /** City and town words, and the Arabic district words named for their seat town (قضاء الحويجة, مديرية حيس). */
    /**
     * Municipal words: a city council, its mayor ("بلدية جنين", "رئيس بلدية النبطية", "شهردار تبریز", "شهرداری
     * مشهد") name a town, never the common word a town's name may also be, so they vouch for it like a town word.
     */
    private static final Set<String> TOWN_BEFORE_ARABIC = ArabicClitics.foldedWithoutArticle("بلدية", "بلديات",
            "بلديتي", "شهردار", "شهرداری", "شهرداری‌های");
    private static final Set<String> CITY_BEFORE_ARABIC = ArabicClitics.foldedWithoutArticle("مدينة", "مدينتي", "مدن",
            "شهر", "شهرهای", "شهر‌های", "بندر", "بلدة", "بلدتي", "بلدات", "قرية", "قريتي", "قضاء", "قضائي", "ناحية",
            "نواحي", "مديرية", "مديريات");
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
    private static final Set<String> CONJUNCTIONS = ArabicClitics.foldedWithoutArticle("and", "et", "or", "ou", "و",
            "یا", "أو");

    private PlaceCueWords() {
    }

    /** Whether nothing but a conjunction stands between two names in the same sentence. */
    static boolean coordinated(List<Token> tokens, int endOfFirst, int startOfSecond) {
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

    /** The cue of the word(s) before the name at token {@code i}. */
    static Cue before(List<Token> tokens, int i) {
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
                if (TOWN_BEFORE_ARABIC.contains(bare)) {
                    return Cue.TOWN;
                }
                if (GOVERNORS_BEFORE_ARABIC.contains(bare)) {
                    return Cue.GOVERNORS;
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

    /** The cue of the word at token {@code i}, right after a name. */
    static Cue after(List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).arabicScript() || tokens.get(i).sentenceStart()) {
            return Cue.NONE;
        }
        String word = tokens.get(i).folded();
        return AREA_AFTER_LATIN.contains(word) ? Cue.AREA : CITY_AFTER_LATIN.contains(word) ? Cue.CITY : Cue.NONE;
    }
}
