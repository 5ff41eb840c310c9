package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the words around a name mark it as a French département, for the names that count only so
 * ({@code cue:} names of {@code places-extra.tsv}: Var, Lot, Cher, Somme, Ain… are words, rivers or towns too).
 * Cues: an office or body word and "du / de la / de l' / des" before the name ("département du Var", "préfet de
 * la Somme", "conseil départemental de l'Ain", "député du Gard"); "dans le / dans la / dans l' / en" before it
 * when no "de …" follows ("dans le Var", but not "dans le Nord du Mali"); the name alone in parentheses after a
 * town ("Fréjus (Var)"); and English "department" before "of" or after the name. Nord, Manche and Meuse are also
 * "the north", the Channel and a Belgian river: "dans le Nord", "dans la Manche", "dans la Meuse" are no cue for
 * them. Stateless and thread-safe.
 */
final class DepartmentCues {
    /** Words before "du / de la / de l' / des" that make the next name a département's. */
    private static final Set<String> BODY_WORDS = folded("département", "départements", "departement", "préfet",
            "préfète", "préfecture", "préfets", "départemental", "départementale", "départementaux", "député",
            "députée", "députés", "députées", "sénateur", "sénatrice", "sénateurs", "sénatrices", "pompiers",
            "gendarmerie");
    private static final Set<String> ARTICLES = folded("le", "la", "l");
    /** Articles after "dans": the singular ones and "les" (dans les Ardennes). */
    private static final Set<String> LOCATION_ARTICLES = folded("le", "la", "l", "les");
    private static final Set<String> OF = folded("de", "du", "des", "d");
    /** Names for which "dans le / en" is no cue: the north, the Channel, the river through Liège and Namur. */
    private static final Set<String> STRICT = folded("nord", "manche", "meuse");
    private static final String DANS = fold("dans");
    private static final String EN = fold("en");
    private static final String DEPARTMENT = fold("department");

    private DepartmentCues() {
    }

    /** Whether the name of tokens [i, i+n) of {@code text} stands beside a département cue. */
    static boolean fit(String text, List<Token> tokens, int i, int n) {
        return byBodyWord(tokens, i) || inParentheses(text, tokens, i, n) || english(tokens, i, n)
                || (!STRICT.contains(tokens.get(i).folded()) && byLocation(tokens, i, n));
    }

    /** "département du X", "préfet de la X", "conseil départemental de l'X". */
    private static boolean byBodyWord(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && ARTICLES.contains(tokens.get(k).folded()) && !tokens.get(k).folded().equals("le")) {
            k--; // "de la", "de l'"
        }
        return k >= 1 && OF.contains(tokens.get(k).folded()) && BODY_WORDS.contains(tokens.get(k - 1).folded());
    }

    /** "dans le X", "dans la X", "dans l'X", "en X", unless "du / de / des / d'" follows (dans le Nord du pays). */
    private static boolean byLocation(List<Token> tokens, int i, int n) {
        if (i + n < tokens.size() && !tokens.get(i + n).sentenceStart()
                && OF.contains(tokens.get(i + n).folded())) {
            return false;
        }
        if (i >= 1 && tokens.get(i - 1).folded().equals(EN)) {
            return true;
        }
        return i >= 2 && LOCATION_ARTICLES.contains(tokens.get(i - 1).folded())
                && tokens.get(i - 2).folded().equals(DANS);
    }

    /** "Fréjus (Var)": the name is all that stands between the parentheses. */
    private static boolean inParentheses(String text, List<Token> tokens, int i, int n) {
        int start = tokens.get(i).start();
        int end = tokens.get(i + n - 1).end();
        return start > 0 && end < text.length() && text.charAt(start - 1) == '(' && text.charAt(end) == ')';
    }

    /** "the Var department", "department of Var". */
    private static boolean english(List<Token> tokens, int i, int n) {
        if (i + n < tokens.size() && tokens.get(i + n).folded().equals(DEPARTMENT)) {
            return true;
        }
        return i >= 2 && tokens.get(i - 1).folded().equals("of") && tokens.get(i - 2).folded().equals(DEPARTMENT);
    }

    private static String fold(String word) {
        return MatchingText.fold(word);
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(fold(w));
        }
        return Set.copyOf(out);
    }
}
