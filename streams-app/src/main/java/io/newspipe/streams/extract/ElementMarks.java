package io.newspipe.streams.extract;

/**
 * Reads a class or id value for the words that mark a byline ("byline", "author", "writer") or a date
 * ("date", "time", "publish", "posted", "byline", "meta") anywhere in it, case-blind, in one pass and
 * without building a lower-cased copy: {@code value.toLowerCase(Locale.ROOT).contains(word)} for these
 * words is the same as matching them against the value with only A–Z folded, because no other character
 * lower-cases to an ASCII letter but U+212A (to "k", in no word) and U+0130 (to "i" and a combining dot,
 * and no word has an "i" last). Lower-casing the values that held capitals or non-ASCII letters cost
 * more than the rest of {@link PageScan}'s class and id reading. Stateless and thread-safe.
 */
final class ElementMarks {
    /** The value holds a byline word. */
    static final int BYLINE = 1;
    /** The value holds a date word. */
    static final int DATE = 2;

    private ElementMarks() {
    }

    /** {@link #BYLINE} and {@link #DATE} bits of {@code value}, looking only for those in {@code wanted}. */
    static int of(String value, int wanted) {
        return isLowerAscii(value) ? ofLower(value, wanted) : ofFolded(value, wanted);
    }

    /** No A–Z and no character past ASCII: the usual class text, searched as it is (indexOf is an intrinsic). */
    private static boolean isLowerAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static int ofLower(String v, int wanted) {
        int found = 0;
        if ((wanted & BYLINE) != 0 && (v.contains("byline") || v.contains("author") || v.contains("writer"))) {
            found |= BYLINE;
        }
        if ((wanted & DATE) != 0 && (v.contains("date") || v.contains("time") || v.contains("publish")
                || v.contains("posted") || v.contains("byline") || v.contains("meta"))) {
            found |= DATE;
        }
        return found;
    }

    private static int ofFolded(String value, int wanted) {
        int found = 0;
        int n = value.length();
        for (int i = 0; i < n && found != wanted; i++) {
            found |= wanted & at(value, i, fold(value.charAt(i)));
        }
        return found;
    }

    /** The marks of a word starting at {@code i}, whose first character folds to {@code c}. */
    private static int at(String value, int i, char c) {
        return switch (c) {
            case 'b' -> matches(value, i, "byline") ? BYLINE | DATE : 0;
            case 'a' -> matches(value, i, "author") ? BYLINE : 0;
            case 'w' -> matches(value, i, "writer") ? BYLINE : 0;
            case 'd' -> matches(value, i, "date") ? DATE : 0;
            case 't' -> matches(value, i, "time") ? DATE : 0;
            case 'p' -> matches(value, i, "publish") || matches(value, i, "posted") ? DATE : 0;
            case 'm' -> matches(value, i, "meta") ? DATE : 0;
            default -> 0;
        };
    }

    private static boolean matches(String value, int start, String word) {
        if (start + word.length() > value.length()) {
            return false;
        }
        for (int j = 1; j < word.length(); j++) {
            if (fold(value.charAt(start + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
