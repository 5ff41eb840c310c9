package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * One-word Arabic-script place names that are also common Arabic words: adjectives and participles ("الجديدة"
 * new, "البيضاء" white, "المطروح" put forward, "القائم" existing, "الحديثة" modern, "سعيدة" happy), and nouns
 * ("الخبر" the news, "صور" pictures, "العقبة" the obstacle, "معسكر" camp, "الوادي" the valley, "الزاوية" the
 * angle, "العمارة" the building, "القرم" mangroves, "معان" meanings, "الباب" the door, "الطبقة" the layer,
 * "العبور" the crossing, "الخمس" five, "جميل" beautiful, "بركان" volcano, "عمران" building, "ليل" night,
 * "سالم" safe, "الثورة" the revolution, "الجزيرة" the island, "الرشيد" the wise). The matcher strips the article,
 * so every such word of a sentence matched a town of the article's country, which is evidence enough for a small
 * place (an Egyptian article's "المشروع المطروح" was Matrouh). Listed by what the words mean, for the towns of every
 * Arab League state, not from any evaluation set.
 *
 * <p>Such a name counts as a place only with a word that says "place" before it: a town or area word
 * ({@link PlaceCues} fixes the match: "مدينة العقبة", "محافظة الزرقاء", "ولاية معسكر") or a preposition of
 * place ("في صور", "شرق الزاوية", "در صور"), as {@link LocativeCue} reads it. Stateless and thread-safe.
 */
final class ArabicWordPlaces {
    /** Folded keys without the article, as {@link EntityDictionary#key} writes a one-word Arabic-script name. */
    private static final Set<String> WORDS = ArabicClitics.foldedWithoutArticle("الجديدة", "جديدة", "الجديد",
            "البيضاء", "البيض", "المطروح", "القائم", "الحديثة", "سعيدة", "الخبر", "صور", "العقبة", "معسكر", "الوادي",
            "الزاوية", "العمارة", "القرم", "معان", "المفرق", "الزرقاء", "السلام", "الأمل", "النصر", "الوحدة",
            "الحرية", "الكرامة", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الرحمة", "النهضة",
            "سحاب", "المنار", "الرابية", "النعامة", "المهرة", "الخور", "الضالع", "الباب", "الطبقة", "الميادين",
            "التل", "الخالص", "العبور", "الحامة", "الخمس", "جميل", "بركان", "عمران", "ليل", "سالم", "الثورة",
            "الجزيرة", "الرشيد");
    /**
     * Words before a town's name and never before the common word ("في صور" as against "صور الأقمار"): prepositions
     * and directions, and nouns of a town's port, airport, streets and people in construct ("ميناء العقبة").
     */
    private static final Set<String> BEFORE_PLACE = TextTokenizer.foldedWords("في داخل قرب شمال جنوب شرق غرب وسط "
            + "شمالي جنوبي شرقي غربي ضواحي أطراف ميناء مطار شوارع أحياء سكان أهالي بلدية شواطئ در نزدیک");

    private ArabicWordPlaces() {
    }

    /** Whether {@code key}, a one-word match's key, is a place name that is also a common word. */
    static boolean isWord(String key) {
        return WORDS.contains(key) || WORDS.contains(ArabicClitics.withoutArticle(key));
    }

    /**
     * Whether the one-word match {@code m} at word {@code i} is a listed word after a town or area word that
     * carries the article: a noun and its adjective ("المنطقة البيضاء", "المدينة الجديدة"), where the town's
     * name would follow the bare noun ("منطقة البيضاء", "مدينة الجديدة").
     */
    static boolean adjectiveOfNoun(List<Token> tokens, int i, EntityLinker.Match m) {
        if (m.latin() || m.length() != 1 || i == 0 || !isWord(m.key())) {
            return false;
        }
        String before = tokens.get(i - 1).folded();
        int from = before.length() > 3 && "وفبل".indexOf(before.charAt(0)) >= 0 ? 1 : 0; // والمنطقة، بالمدينة
        return before.startsWith("ال", from) || before.startsWith("لل");
    }

    /** Whether a preposition of place stands right before word {@code i}. */
    static boolean placeWordBefore(List<Token> tokens, int i) {
        return i > 0 && !tokens.get(i).sentenceStart() && tokens.get(i - 1).arabicScript()
                && BEFORE_PLACE.contains(tokens.get(i - 1).folded());
    }
}
