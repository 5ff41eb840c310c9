package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * Cues around a capitalised run that say it names a person: a role or honorific written before it (in
 * lower case, or abbreviated with a full stop: "coach Walid Regragui", "le président tunisien Kaïs Saïed",
 * "le ministre de l'Intérieur Bruno Retailleau", "M. Barrot"), or a reporting verb next to it ("X Y said",
 * "a déclaré X Y", "selon X Y", "according to X Y"). Stateless.
 */
final class PersonCues {
    private static final int MAX_STEPS = 6;
    /** Words read after an apposition's comma for its role word. */
    private static final int APPOSITION_STEPS = 6;
    /** Words of an age written before the role in an apposition ("a 116-year-old nun"). */
    private static final Set<String> AGE_WORDS = WordSet.copyOf(Set.of("year", "years", "old"));
    /** Words walked over between a French role and the portfolio before the name ("ministre de l'Intérieur"). */
    private static final Set<String> WALK = WordSet.copyOf(Set.of("de", "du", "des", "d", "l", "la"));
    /** No cue before the name. */
    static final int NONE = 0;
    /** A role right before the name (perhaps with one adjective: "le président tunisien"). */
    static final int DIRECT = 1;
    /** A role, then a complement ("ministre de l'Intérieur"): the name must start with portfolio words. */
    static final int PORTFOLIO = 2;

    private PersonCues() {
    }

    /** Which role cue ({@link #NONE}, {@link #DIRECT}, {@link #PORTFOLIO}) stands before the word {@code a}. */
    static int cueBefore(String text, List<Token> tokens, int a, Stopwords stopwords, String language) {
        int k = a - 1;
        boolean french = "fr".equals(language);
        boolean portfolioBefore = false;
        for (int steps = 0; k >= 0 && steps < MAX_STEPS && close(text, tokens, k, k + 1, french); steps++, k--) {
            Token t = tokens.get(k);
            String f = t.folded();
            if (NameLexicon.ROLE_CUES.contains(f) && (!t.capitalised() || !NameLexicon.LOWER_ONLY_CUES.contains(f))) {
                return steps == 0 || portfolioBefore ? DIRECT : PORTFOLIO;
            }
            if (french && (NameLexicon.PORTFOLIOS.contains(f) || WALK.contains(f))) {
                portfolioBefore |= steps == 0 && NameLexicon.PORTFOLIOS.contains(f); // "des Affaires étrangères X"
                continue;
            }
            // one adjective between role and name: "le président tunisien Kaïs Saïed"
            boolean adjective = french && steps == 0 && !t.capitalised() && f.length() >= 4
                    && !stopwords.contains(language, f) && k > 0 && close(text, tokens, k - 1, k, true)
                    && NameLexicon.ROLE_CUES.contains(tokens.get(k - 1).folded()) && !tokens.get(k - 1).capitalised();
            return adjective ? DIRECT : NONE;
        }
        return NONE;
    }

    /**
     * Whether a reporting verb follows the words [s, e) ("X Y said", "X Y a déclaré"), a role in apposition
     * follows them ("X Y, a former prime minister,", "X Y, porte-parole du ..."), or a reporting word precedes
     * them.
     */
    static boolean reportedBy(String text, List<Token> tokens, int s, int e) {
        if (e < tokens.size() && spaceOnly(text, tokens.get(e - 1).end(), tokens.get(e).start())
                && !tokens.get(e).capitalised() && NameLexicon.REPORTING_AFTER.contains(tokens.get(e).folded())) {
            return true;
        }
        if (e + 1 < tokens.size() && tokens.get(e).surface().equals("a") && !tokens.get(e + 1).capitalised()
                && NameLexicon.REPORTING_PARTICIPLES.contains(tokens.get(e + 1).folded())
                && spaceOnly(text, tokens.get(e - 1).end(), tokens.get(e).start())) {
            return true;
        }
        if (apposition(text, tokens, e) || agedAfter(text, tokens, e)) {
            return true;
        }
        if (s == 0 || !spaceOnly(text, tokens.get(s - 1).end(), tokens.get(s).start())) {
            return false;
        }
        Token before = tokens.get(s - 1);
        if (!before.capitalised() && NameLexicon.REPORTING_BEFORE.contains(before.folded())) {
            return true;
        }
        return s >= 2 && before.folded().equals("to") && tokens.get(s - 2).folded().equals("according");
    }

    /** Whether an age follows the name ending before word {@code e}: "X Y, 71 ans," or "X Y, 71, said". */
    private static boolean agedAfter(String text, List<Token> tokens, int e) {
        if (e + 1 >= tokens.size() || !TokenGaps.is(text, tokens, e - 1, e, ", ")) {
            return false;
        }
        String age = tokens.get(e).surface();
        if (age.length() > 3 || !asciiDigits(age)) {
            return false;
        }
        String next = tokens.get(e + 1).folded();
        return (TokenGaps.is(text, tokens, e, e + 1, " ") && (next.equals("ans") || next.equals("an")))
                || TokenGaps.startsWith(text, tokens, e, e + 1, ",");
    }

    /** Whether every char of {@code word} is an ASCII digit (true for the empty word). */
    private static boolean asciiDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether ", [a former ...] role" follows the name ending before word {@code e}. */
    private static boolean apposition(String text, List<Token> tokens, int e) {
        if (e >= tokens.size() || !TokenGaps.is(text, tokens, e - 1, e, ", ")) {
            return false;
        }
        for (int k = e; k < tokens.size() && k < e + APPOSITION_STEPS; k++) {
            Token t = tokens.get(k);
            String f = t.folded();
            if (NameLexicon.ROLE_CUES.contains(f) && !NameLexicon.ABBREVIATED_CUES.contains(f)) {
                return true;
            }
            // "a former NASA astronaut", "a 116-year-old Brazilian nun": bodies, demonyms and ages before the role
            boolean modifier = k > e && (t.capitalised() || Character.isDigit(f.charAt(0)) || AGE_WORDS.contains(f));
            if (!NameLexicon.APPOSITION_WORDS.contains(f) && !modifier) {
                return false;
            }
        }
        return false;
    }

    /** Whether words {@code a} and {@code b} are separated by a space or apostrophe, or an abbreviation's dot. */
    private static boolean close(String text, List<Token> tokens, int a, int b, boolean french) {
        if (TokenGaps.is(text, tokens, a, b, ". ") || TokenGaps.is(text, tokens, a, b, ".\u00a0")) {
            String f = tokens.get(a).folded();
            return NameLexicon.ABBREVIATED_CUES.contains(f) && tokens.get(a).capitalised() && (french || !f.equals("m"));
        }
        return TokenGaps.isSpace(text, tokens, a, b) || TokenGaps.isApostrophe(text, tokens, a, b);
    }

    private static boolean spaceOnly(String text, int from, int to) {
        return to - from == 1 && (text.charAt(from) == ' ' || text.charAt(from) == '\u00a0');
    }
}
