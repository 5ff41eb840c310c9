package io.newspipe.streams.tag;

import java.util.List;

/**
 * Checks on how a name is written in the text: Latin case against the dictionary form, acronyms
 * outside shouted headlines, Title Case headlines, and words embedded in a longer capitalised name.
 * Stateless.
 */
final class NameShape {
    private NameShape() {
    }

    /** Whether most longer Latin words are capitalised (a Title Case headline). */
    static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.arabicScript() && t.folded().length() > 3) {
                words++;
                capitalised += t.capitalised() ? 1 : 0;
                // a body is asked too: stop once the words left cannot change the answer, even if every one
                // of them were a longer Latin word, all capitalised (true) or none (false)
                int left = n - 1 - i;
                if (10 * capitalised - 6 * words + 4 * left < 0) {
                    return false;
                }
                if (10 * capitalised >= 6 * (words + left)) {
                    return true;
                }
            }
        }
        return words > 0 && capitalised * 10 >= words * 6;
    }

    /** Whether a capitalised word sits inside a longer capitalised name ("Paris Saint-Germain", "Salem Al-Dawsari"). */
    static boolean embedded(String text, List<Token> tokens, int i) {
        Token cur = tokens.get(i);
        if (i > 0 && !cur.sentenceStart()) {
            Token prev = tokens.get(i - 1);
            if (prev.capitalised() && !prev.sentenceStart() && joined(text, prev.end(), cur.start())) {
                return true;
            }
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            return next.capitalised() && !next.sentenceStart() && joined(text, cur.end(), next.start());
        }
        return false;
    }

    private static boolean joined(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean caseFits(EntityDictionary.Alias alias, List<Token> tokens, int i, int n) {
        if (alias.articleRequired() && !hasArticle(tokens.get(i).folded())) {
            return false;
        }
        if (alias.acronym()) {
            for (int k = i; k < i + n; k++) {
                if (!tokens.get(k).arabicScript() && !tokens.get(k).allCaps() && tokens.get(k).folded().length() > 1) {
                    return false;
                }
            }
            return !shouting(tokens, i, n);
        }
        for (int k = 0; k < n; k++) {
            if ((alias.capitalMask() & (1 << k)) != 0 && !tokens.get(i + k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words around a match are all capitals too (a shouted headline, not an acronym). */
    private static boolean shouting(List<Token> tokens, int i, int n) {
        boolean before = i > 0 && tokens.get(i - 1).allCaps();
        boolean after = i + n < tokens.size() && tokens.get(i + n).allCaps();
        return before || after;
    }

    /** Whether a folded Arabic word carries the article, possibly behind one or two proclitics. */
    static boolean hasArticle(String folded) {
        for (int k = 0; k <= 2 && k + 2 < folded.length(); k++) {
            if (folded.startsWith("ال", k) || (k <= 1 && folded.startsWith("لل", k))) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words after a place's name that keep it a place ("Hama Governorate", "Sofia Airport"). */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("province", "governorate", "region",
            "oblast", "state", "city", "airport", "district", "county", "plateau", "valley", "university",
            "international", "autonomous", "port", "island", "islands", "occidentale", "orientale");

    /**
     * Whether the capitalised Latin word at {@code i} is a common given name followed, in the same sentence and
     * after one space, by another capitalised word: "Dominique Pelicot" names a person, not Dominica.
     */
    static boolean opensPersonName(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i).arabicScript() || !NameLexicon.givenName(tokens.get(i).folded())) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.capitalised() && !next.allCaps() && !next.sentenceStart() && !PLACE_WORDS.contains(next.folded())
                && next.start() == tokens.get(i).end() + 1 && text.charAt(tokens.get(i).end()) == ' ';
    }
}
