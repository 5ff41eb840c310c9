package io.newspipe.streams.tag;

import java.util.List;

/**
 * The words of one text as {@link NameFinder} reads them: capitalised Latin words, stopwords (never an
 * acronym), words joined by a space, hyphen or apostrophe, and runs of capitalised words with lower-case
 * connectors or particles between them. Immutable.
 *
 * @param text the text
 * @param tokens its words
 * @param language its language
 * @param stopwords stopwords by language
 */
record NameWords(String text, List<Token> tokens, String language, Stopwords stopwords) {
    /** Longest syllable of a hyphenated Korean given name, in letters ("myung", "yeol"). */
    private static final int MAX_SYLLABLE = 5;

    /** The end (exclusive) of the run of name words starting at capitalised word {@code i}. */
    int runEnd(int i) {
        int j = i;
        while (j + 1 < tokens.size() && joined(j, j + 1)) {
            int k = j + 1;
            if (cap(k) || syllableAfterHyphen(j, k)) {
                j = k;
                continue;
            }
            int m = k;
            while (m < tokens.size() && m - k < 2 && (NameLexicon.CONNECTORS.contains(folded(m))
                    || NameLexicon.PARTICLES.contains(folded(m))) && joined(m - 1, m)) {
                m++;
            }
            if (m == k || m >= tokens.size() || !cap(m) || !joined(m - 1, m)) {
                break;
            }
            j = m;
        }
        return j + 1;
    }

    /**
     * Whether the lower-case word {@code k} is the second syllable of a hyphenated given name whose first syllable
     * is word {@code j}: "Moon Jae-in", "Park Geun-hye", "Lee O-young" (Korean names as news romanises them). Both
     * syllables are short, only the hyphen stands between them, and a capitalised word stands before the first
     * syllable with one space between (the family name), so "Post-war", "Vice-president" or "Minister-designate"
     * opening a run do not join it.
     */
    boolean syllableAfterHyphen(int j, int k) {
        if (k != j + 1 || j < 1 || k >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(j);
        if (first.end() >= text.length() || text.charAt(first.end()) != '-') {
            return false; // the cheap test first: this runs after most capitalised words
        }
        Token second = tokens.get(k);
        Token family = tokens.get(j - 1);
        return second.start() == first.end() + 1 && first.surface().length() <= MAX_SYLLABLE
                && second.surface().length() >= 2 && second.surface().length() <= MAX_SYLLABLE
                && Character.isLowerCase(second.surface().charAt(0)) && lettersOnly(second.surface()) && cap(j)
                && cap(j - 1) && family.end() + 1 == first.start() && text.charAt(family.end()) == ' ';
    }

    private static boolean lettersOnly(String s) {
        for (int c = 0; c < s.length(); c++) {
            if (!Character.isLetter(s.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word {@code k} is an initial inside an English name: one capital letter, a full stop and a
     * space, then a capitalised word ("P. Kevin Castel", "M. K. Stalin"). French "M." is Monsieur.
     */
    boolean initial(int k) {
        Token t = tokens.get(k);
        return "en".equals(language) && t.surface().length() == 1 && Character.isUpperCase(t.surface().charAt(0))
                && k + 1 < tokens.size() && tokens.get(k + 1).capitalised()
                && initialGap(text, t.end(), tokens.get(k + 1).start());
    }

    /** Whether the text between two words is an initial's full stop and one space. */
    static boolean initialGap(String text, int from, int to) {
        return to - from == 2 && text.charAt(from) == '.' && (text.charAt(from + 1) == ' '
                || text.charAt(from + 1) == '\u00a0') && from >= 1 && Character.isUpperCase(text.charAt(from - 1))
                && (from < 2 || !Character.isLetter(text.charAt(from - 2)));
    }

    /** Whether only a space, a hyphen or an apostrophe separates two words, or the full stop of an initial. */
    boolean joined(int a, int b) {
        if (initial(a) && b == a + 1) {
            return true;
        }
        int from = tokens.get(a).end();
        int to = tokens.get(b).start();
        if (to - from < 1 || to - from > 2) {
            return to == from;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    boolean cap(int k) {
        Token t = tokens.get(k);
        return !t.arabicScript() && t.capitalisedLetter();
    }

    /** Whether a word is a stopword; an acronym never is ("US Department of the Treasury"). */
    boolean stop(int k) {
        return !tokens.get(k).allCaps() && stopwords.contains(language, folded(k));
    }

    String folded(int k) {
        return tokens.get(k).folded();
    }
}
