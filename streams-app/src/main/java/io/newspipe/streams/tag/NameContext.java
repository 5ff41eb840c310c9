package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * Further cues around a capitalised run that say it names a person, beyond {@link PersonCues}: sports
 * reports ("X Y scored", "a goal by X Y", "X Y a marqué", "un but de X Y"), a role closed by a comma
 * before the name ("the acting prime minister, X Y,", "le ministre de la Santé, X Y,"), and a French
 * demonym noun written before it ("le Colombien X Y", "l'Érythréenne X Y"). Stateless.
 */
final class NameContext {
    /** Sports verbs after a scorer's or winner's name (English). */
    static final Set<String> SPORT_AFTER = WordSet.copyOf(folded("scored", "netted", "equalised", "equalized",
            "bowled", "batted", "dribbled", "outsprinted", "volleyed", "curled", "slotted", "parried", "clocked",
            "headed", "tapped"));
    /** French participles after "a" that follow a player's name ("X Y a marqué"). */
    static final Set<String> SPORT_PARTICIPLES = WordSet.copyOf(folded("marqué", "inscrit", "égalisé",
            "remporté", "devancé"));
    /** Nouns of a scoring or passing action before "by", "from", "de" and the player ("a goal by X Y"). */
    static final Set<String> SPORT_NOUNS = WordSet.copyOf(folded("goal", "goals", "header", "pass", "cross",
            "penalty", "brace", "hat-trick", "century", "half-century", "assist", "volley", "but", "buts", "passe",
            "doublé", "triplé", "tête", "frappe", "essai", "égalisation"));
    private static final Set<String> BY = WordSet.copyOf(folded("by", "from", "de", "d"));
    /** Articles before a French demonym noun ("le Colombien", "la Japonaise", "l'Érythréen"). */
    private static final Set<String> ARTICLES = WordSet.copyOf(folded("le", "la", "l", "les"));
    /** Words walked over between a role and the comma before the name ("ministre de la Santé, X Y"). */
    private static final Set<String> WALK = WordSet.copyOf(folded("de", "du", "des", "d", "l", "la", "of", "the",
            "for", "and", "et", "général", "générale", "general", "acting", "interim", "former", "ancien", "ancienne",
            "new", "nouveau", "nouvelle", "its", "his", "her", "their", "son", "sa", "leur", "le"));
    private static final int WALK_STEPS = 8;

    private NameContext() {
    }

    /** Whether a sports verb follows the words [s, e) or a scoring noun and "by"/"de" precede them. */
    static boolean sportsCue(String text, List<Token> tokens, int s, int e) {
        if (e < tokens.size() && space(text, tokens, e - 1, e) && !tokens.get(e).capitalised()
                && SPORT_AFTER.contains(tokens.get(e).folded())) {
            return true;
        }
        if (e + 1 < tokens.size() && tokens.get(e).surface().equals("a") && space(text, tokens, e - 1, e)
                && SPORT_PARTICIPLES.contains(tokens.get(e + 1).folded())) {
            return true;
        }
        return s >= 2 && space(text, tokens, s - 1, s) && !tokens.get(s - 1).capitalised()
                && BY.contains(tokens.get(s - 1).folded()) && SPORT_NOUNS.contains(tokens.get(s - 2).folded())
                && closeOrApostrophe(text, tokens, s - 2, s - 1);
    }

    /**
     * Whether a role word, perhaps with its portfolio or body ("ministre de la Santé", "directeur général de
     * l'Agence X", walking over the words {@code curated} marks), stands before a comma right before the word
     * {@code a}, and a comma or full stop closes the name ending before word {@code e}: "the acting prime
     * minister, X Y, said".
     */
    static boolean roleBeforeComma(String text, List<Token> tokens, EntityKind[] curated, int a, int e) {
        if (a < 2 || !TokenGaps.is(text, tokens, a - 1, a, ", ") || !closed(text, tokens, e)) {
            return false;
        }
        for (int k = a - 1, steps = 0; k >= 0 && steps < WALK_STEPS; k--, steps++) {
            Token t = tokens.get(k);
            String f = t.folded();
            if (NameLexicon.ROLE_CUES.contains(f) && !NameLexicon.ABBREVIATED_CUES.contains(f)) {
                return !t.capitalised() || !NameLexicon.LOWER_ONLY_CUES.contains(f) || steps > 0;
            }
            // the body the role belongs to may be a linked name: "le directeur général de l'Agence spatiale européenne"
            boolean walkable = WALK.contains(f) || NameLexicon.PORTFOLIOS.contains(f) || t.capitalised()
                    || curated[k] != null;
            if (!walkable || k == 0 || !closeOrApostrophe(text, tokens, k - 1, k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the capitalised word {@code k} is a French demonym noun after an article ("le Colombien"). */
    static boolean frenchDemonymNoun(String text, List<Token> tokens, EntityKind[] curated, int k, String language) {
        return "fr".equals(language) && curated[k] == EntityKind.COUNTRY && k > 0 && !tokens.get(k).sentenceStart()
                && ARTICLES.contains(tokens.get(k - 1).folded()) && closeOrApostrophe(text, tokens, k - 1, k)
                && (k + 1 >= tokens.size() || curated[k + 1] != EntityKind.COUNTRY);
    }

    /** Whether a comma, full stop, closing bracket or the end of the text follows the word before {@code e}. */
    private static boolean closed(String text, List<Token> tokens, int e) {
        int from = tokens.get(e - 1).end();
        if (from >= text.length()) {
            return true;
        }
        char c = text.charAt(from);
        return c == ',' || c == '.' || c == ')' || c == ';' || c == '\n';
    }

    /** Whether one space lies between words a and b (read in place: called for most names, no substring). */
    private static boolean space(String text, List<Token> tokens, int a, int b) {
        int from = tokens.get(a).end();
        if (tokens.get(b).start() - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00a0';
    }

    private static boolean closeOrApostrophe(String text, List<Token> tokens, int a, int b) {
        int from = tokens.get(a).end();
        if (tokens.get(b).start() - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\'' || c == '\u2019' || c == '\u00a0';
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(TextTokenizer.foldWord(w));
        }
        return out;
    }
}
