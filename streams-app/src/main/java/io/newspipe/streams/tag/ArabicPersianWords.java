package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * Arabic told from Persian by their commonest words rather than by letter forms. Letter forms mislead when
 * Arabic is typed on a Persian keyboard or through a CMS that writes ی and ک for ي and ك: such a text has
 * the Persian forms throughout and still reads في، على، التي and words with the article ال, which Persian
 * does not use as grammar. Words are compared folded ({@link TextTokenizer}), so the forms do not matter.
 * Stateless and thread-safe.
 */
final class ArabicPersianWords {
    /** Arabic prepositions, relatives, demonstratives and auxiliaries that Persian does not use. */
    private static final Set<String> ARABIC = TextTokenizer.foldedWords(
            "في على إلى عن التي الذي الذين مع هذا هذه كان قد لم لن بين بعد حيث قال خلال ذلك كما وفي وقال");
    /** Persian prepositions, auxiliaries and particles that Arabic does not use. */
    private static final Set<String> PERSIAN = TextTokenizer.foldedWords(
            "در به از که را این با است شد می های برای بود کرد شده نیز یک خود وی اند");
    /** Fewest hits of the winning side for the words to decide. */
    private static final int MIN_HITS = 2;
    /** How many times the other side's hits the winning side needs. */
    private static final int RATIO = 3;

    private ArabicPersianWords() {
    }

    /** "ar" or "fa" when the words of an Arabic-script text leave no doubt, else null. */
    static String decide(List<Token> tokens) {
        int arabic = 0;
        int persian = 0;
        for (Token t : tokens) {
            if (!t.arabicScript()) {
                continue;
            }
            String w = t.folded();
            if (ARABIC.contains(w) || withArticle(w)) {
                arabic++;
            } else if (PERSIAN.contains(w)) {
                persian++;
            }
        }
        if (arabic >= MIN_HITS && arabic >= RATIO * persian) {
            return "ar";
        }
        return persian >= MIN_HITS && persian >= RATIO * arabic ? "fa" : null;
    }

    /**
     * Whether the word opens with the article ال (alone or after و) and goes on for a few letters, as
     * {@link ArabicClitics#withoutArticle} reads it (not البته، الان).
     */
    private static boolean withArticle(String folded) {
        String word = folded.startsWith("وال") ? folded.substring(1) : folded;
        return ArabicClitics.withoutArticle(word).length() < word.length();
    }
}
