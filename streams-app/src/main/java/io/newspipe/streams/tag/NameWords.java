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
    /** The end (exclusive) of the run of name words starting at capitalised word {@code i}. */
    int runEnd(int i) {
        int j = i;
        while (j + 1 < tokens.size() && joined(j, j + 1)) {
            int k = j + 1;
            if (cap(k)) {
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
        return !t.arabicScript() && Character.isLetter(t.surface().charAt(0)) && t.capitalised();
    }

    /** Whether a word is a stopword; an acronym never is ("US Department of the Treasury"). */
    boolean stop(int k) {
        return !tokens.get(k).allCaps() && stopwords.contains(language, folded(k));
    }

    String folded(int k) {
        return tokens.get(k).folded();
    }
}
