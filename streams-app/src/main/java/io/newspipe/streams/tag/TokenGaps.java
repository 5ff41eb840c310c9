package io.newspipe.streams.tag;

import java.util.List;

/**
 * Tests of the text between two words (the gap after word a up to word b), read in place. The person and place
 * rules ask whether a gap is ", ", a space or an apostrophe for many candidate names of every text: a substring
 * per question copies the chars (and, in a text holding chars above U+00FF, compresses them again) to answer what
 * a compare in the text itself answers. Same answers as testing {@code text.substring(end of a, start of b)}.
 * Stateless and thread-safe.
 */
final class TokenGaps {
    private TokenGaps() {
    }

    /** Whether the gap between words a and b (a < b) is exactly {@code gap}. */
    static boolean is(String text, List<Token> tokens, int a, int b, String gap) {
        int from = tokens.get(a).end();
        return tokens.get(b).start() - from == gap.length() && text.startsWith(gap, from);
    }

    /** Whether the gap between words a and b (a < b) starts with {@code prefix}. */
    static boolean startsWith(String text, List<Token> tokens, int a, int b, String prefix) {
        int from = tokens.get(a).end();
        return tokens.get(b).start() - from >= prefix.length() && text.startsWith(prefix, from);
    }

    /** Whether the gap between words a and b (a < b) is one space or one no-break space. */
    static boolean isSpace(String text, List<Token> tokens, int a, int b) {
        return oneOf(text, tokens, a, b, ' ', '\u00a0');
    }

    /** Whether the gap between words a and b (a < b) is one apostrophe, straight or curly. */
    static boolean isApostrophe(String text, List<Token> tokens, int a, int b) {
        return oneOf(text, tokens, a, b, '\'', '\u2019');
    }

    /** Whether the gap between words a and b (a < b) is the one char {@code c} or {@code d}. */
    private static boolean oneOf(String text, List<Token> tokens, int a, int b, char c, char d) {
        int from = tokens.get(a).end();
        if (tokens.get(b).start() - from != 1) {
            return false;
        }
        char g = text.charAt(from);
        return g == c || g == d;
    }
}
