package io.newspipe.streams.text;

import java.text.Normalizer;

/**
 * The per-character table behind {@link MatchingText}'s fast path: for every UTF-16 unit whose fold cannot
 * depend on its neighbours, the folded character (0 to drop it, ' ' for a separator); {@link #SLOW} for the
 * rest, which go through NFKC. Built once from the same rules {@link MatchingText} applies, so the two
 * paths agree by construction. Immutable and thread-safe.
 */
final class FoldTable {
    /** Marks a character that needs the full NFKC path; no fold result is U+FFFF (it folds to ' '). */
    static final char SLOW = '\uFFFF';
    private static final char[] TABLE = build();

    private FoldTable() {
    }

    static char get(char c) {
        return TABLE[c];
    }

    private static char[] build() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = entry((char) c);
        }
        table[SLOW] = ' ';
        return table;
    }

    /**
     * NFKC leaves a string of <i>inert</i> characters alone: each is its own NFKC form, none has a combining
     * class or can be the second half of a composition (all such BMP characters are marks or Hangul jamo).
     * A character whose NFKC form is one inert character folds like that character; one whose NFKC form is
     * several inert characters that all fold to separators (… to "...") is a separator. The Arabic harakat
     * are marks, but only reorder among themselves under NFKC and are all dropped, so they are dropped here
     * too; the hamza and madda marks (U+0653 to U+0655) compose with the letter before them and stay slow.
     */
    private static char entry(char c) {
        if (isArabicDroppedMark(c)) {
            return 0;
        }
        if (!isInert(c)) {
            String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (nfkc.length() == 1 && isInert(nfkc.charAt(0))) {
                return folded(nfkc.charAt(0));
            }
            return allSeparators(nfkc) ? ' ' : SLOW;
        }
        return folded(c);
    }

    private static char folded(char inert) {
        int f = MatchingText.foldCodePoint(inert);
        if (f == 0 || f == ' ') {
            return (char) f;
        }
        // the folded character must be inert too, or a dropped neighbour could make the output compose anew
        return f <= Character.MAX_VALUE && isInert((char) f) ? (char) f : SLOW;
    }

    private static boolean allSeparators(String nfkc) {
        if (nfkc.isEmpty()) {
            return false;
        }
        for (int i = 0; i < nfkc.length(); i++) {
            char d = nfkc.charAt(i);
            if (!isInert(d) || MatchingText.foldCodePoint(d) != ' ') {
                return false;
            }
        }
        return true;
    }

    static boolean isInert(char c) {
        if (Character.isSurrogate(c) || isHangulJamo(c)) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        return Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC);
    }

    private static boolean isHangulJamo(char c) {
        return (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F')
                || (c >= '\uA960' && c <= '\uA97F') || (c >= '\uD7B0' && c <= '\uD7FF');
    }

    private static boolean isArabicDroppedMark(char c) {
        return (c >= '\u064B' && c <= '\u0652') || (c >= '\u0656' && c <= '\u065F') || c == '\u0670';
    }
}
