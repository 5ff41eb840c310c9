package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.List;

/**
 * A one-word Latin-script place name that is only a word of a longer capitalised name, in which it names
 * nothing: a surname after a given name ("Sheldon Richardson", "Kate York") and the head of an "X of Y" name
 * ("University of Colorado", where University is also a Florida town). {@link EntityLinker} drops such a
 * match and leaves the words to {@link NameRecognizer}. Only matches every sense of which is a place: a
 * country's name ("Georgia") is left to the other rules. Stateless.
 */
final class PlaceInLongerName {
    private PlaceInLongerName() {
    }

    /** Whether the match at word i lies inside a longer name as described above. */
    static boolean inside(EntityDictionary dictionary, String text, List<Token> tokens, int i, Match m) {
        if (!m.latin() || m.length() != 1 || !allPlaces(dictionary, m)) {
            return false;
        }
        return afterGivenName(text, tokens, i) || beforeOfName(tokens, i);
    }

    /** "Sheldon Richardson": a capitalised given name right before, one space between. */
    private static boolean afterGivenName(String text, List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return !prev.arabicScript() && prev.capitalised() && !prev.allCaps() && prev.end() + 1 == tokens.get(i).start()
                && text.charAt(prev.end()) == ' ' && NameLexicon.givenName(prev.folded());
    }

    /** "University of Colorado": "of" and a capitalised word right after, in the same sentence. */
    private static boolean beforeOfName(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !"of".equals(tokens.get(i + 1).surface())) {
            return false;
        }
        Token after = tokens.get(i + 2);
        return after.capitalised() && !after.sentenceStart();
    }

    private static boolean allPlaces(EntityDictionary dictionary, Match m) {
        for (int s : m.senses()) {
            if (dictionary.sense(s).kind() != EntityKind.PLACE) {
                return false;
            }
        }
        return !m.senses().isEmpty();
    }
}
