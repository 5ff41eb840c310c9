package io.newspipe.streams.extract;

import java.util.Set;

/**
 * The head word of a class name: its last word, as in "article-meta", "post__date" or "jaf-article__header",
 * where the words before it only say whose meta, date or header it is. {@link BoilerplateCues#hint} reads a
 * class with a positive word ("article", "post", "entry") as positive whatever else it says, which keeps the
 * article's wrappers; this reads the few classes whose head word names a part of the article's header (meta
 * line, date, byline, standfirst) rather than its text. Stateless and thread-safe.
 */
final class ClassHeadWord {
    /** Head words that name a part of an article's header. */
    static final Set<String> HEADER_PARTS = Set.of("meta", "date", "time", "timestamp", "byline", "author",
            "authors", "dateline", "standfirst", "chapo", "chapeau", "dek");
    private static final String[] PARTS = HEADER_PARTS.toArray(new String[0]);
    private static final int SHORTEST = 3;
    private static final int LONGEST = 10;

    private ClassHeadWord() {
    }

    /** Whether one of the space-separated classes of {@code className} ends with a word of {@link #HEADER_PARTS}. */
    static boolean namesHeaderPart(String className) {
        int end = className.length();
        while (end > 0) {
            int wordEnd = end;
            while (wordEnd > 0 && !Character.isLetterOrDigit(className.charAt(wordEnd - 1))
                    && !Character.isWhitespace(className.charAt(wordEnd - 1))) {
                wordEnd--; // trailing separators of a class ("meta_")
            }
            int start = wordStart(className, wordEnd);
            if (isHeaderPart(className, start, wordEnd)) {
                return true;
            }
            end = previousClassEnd(className, start);
        }
        return false;
    }

    /** Whether {@code text[start, end)} is one of {@link #HEADER_PARTS}, ignoring case; no copy of the word. */
    private static boolean isHeaderPart(String text, int start, int end) {
        int length = end - start;
        if (length < SHORTEST || length > LONGEST) {
            return false;
        }
        for (String part : PARTS) {
            if (part.length() == length && text.regionMatches(true, start, part, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Start of the word ending at {@code end}: after a separator, or at a camelCase capital ("postMeta"). */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
            if (Character.isUpperCase(text.charAt(i)) && i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                return i;
            }
        }
        return i;
    }

    /** End of the class before the one holding position {@code from}: skips to the white space before it. */
    private static int previousClassEnd(String text, int from) {
        int i = from;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
