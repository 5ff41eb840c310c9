package io.newspipe.streams.tag;

/**
 * The letters of an Arabic-script name word that survive the spellings Arabic and Persian trade for foreign
 * names (see {@link PersonSkeletons}): an article at its start, hamza seats and doubled letters are dropped, and
 * the letters these spellings exchange are merged into one class ({@link ArabicLetterClasses#acrossPersian}); the
 * loose form drops the vowel letters too.
 * Stateless and thread-safe.
 */
final class SkeletonLetters {
    /** Fewest skeleton letters of a word. */
    static final int MIN_WORD_LETTERS = 2;

    private SkeletonLetters() {
    }

    /**
     * A hash of the letters of {@code word} from {@code from} that every skeleton of it keeps: its loose skeleton
     * without و (and ف) and a final ه; words whose skeletons match hash alike. One pass, no allocation.
     */
    static int firstHash(String word, int from) {
        int start = word.startsWith("ال", from) && word.length() - from > 4 ? from + 2 : from;
        int length = 0;
        char last = 0;
        char previous = 0;
        int h = 0;
        int beforeLast = 0;
        for (int k = start; k < word.length(); k++) {
            char c = ArabicLetterClasses.acrossPersian(word.charAt(k), false);
            if (c != 0 && c != previous) {
                length++;
                last = c;
                beforeLast = h;
                h = c == 'و' ? h : h * 31 + c;
            }
            previous = c == 0 ? previous : c;
        }
        // the final ه dropped as looseWord drops it; a final و adds nothing to h, so beforeLast is h then
        return length > MIN_WORD_LETTERS && last == 'ه' ? beforeLast : h;
    }

    /**
     * One folded word's loose skeleton (no article, vowel letters, final ه; no ف, and no و but a final one, if
     * {@code bare}), or null.
     */
    static String looseWord(String folded, boolean bare) {
        StringBuilder out = letters(folded, false);
        // a final ه is Persian's written e (سالومه, Arabic سالومي) as often as a letter: read as a vowel
        if (out.length() > MIN_WORD_LETTERS && out.charAt(out.length() - 1) == 'ه') {
            out.setLength(out.length() - 1);
        }
        if (bare) {
            // a word's last و is its final o or u, never a v (جورجو is Giorgio, جورجيا Giorgia): it stays
            int from = folded.endsWith("و") ? out.length() - 2 : out.length() - 1;
            for (int k = from; k >= 0; k--) {
                if (out.charAt(k) == 'و') {
                    out.deleteCharAt(k);
                }
            }
        }
        return out.length() < MIN_WORD_LETTERS ? null : out.toString();
    }

    /** One folded word's strict skeleton (without an article, vowel letters kept), or null when too short. */
    static String strictWord(String folded) {
        StringBuilder out = letters(folded, true);
        return out.length() < MIN_WORD_LETTERS ? null : out.toString();
    }

    private static StringBuilder letters(String folded, boolean keepVowels) {
        String w = folded.startsWith("ال") && folded.length() > 4 ? folded.substring(2) : folded;
        StringBuilder out = new StringBuilder(w.length());
        char previous = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = ArabicLetterClasses.acrossPersian(w.charAt(k), keepVowels);
            if (c != 0 && c != previous) {
                out.append(c);
            }
            previous = c == 0 ? previous : c;
        }
        return out;
    }
}
