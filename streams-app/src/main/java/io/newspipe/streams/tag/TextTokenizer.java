package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits text into words: runs of letters, digits and combining marks (zero-width non-joiners stay
 * inside Persian words). Hyphens, apostrophes and dots separate words, so "al-Sudani" is two words
 * both in the text and in the dictionaries; a '+' right after a word stays on it ("OPEC+", "أوبك+").
 * Stateless and thread-safe.
 */
public final class TextTokenizer {
    private TextTokenizer() {
    }

    /** The words of {@code text} in order. */
    public static List<Token> tokens(String text) {
        Objects.requireNonNull(text, "text");
        List<Token> out = new ArrayList<>(text.length() / 5 + 1);
        int i = 0;
        boolean sentenceStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '؟' || c == ':' || c == '۔') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            boolean arabic = false;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                arabic |= isArabicLetter(text.charAt(i));
                i++;
            }
            boolean plus = i < text.length() && text.charAt(i) == '+';
            if (plus) {
                i++;
            }
            String surface = text.substring(start, i);
            String word = plus ? surface.substring(0, surface.length() - 1) : surface;
            String folded = plus ? foldWord(word) + "+" : foldWord(word);
            if (!folded.isEmpty()) {
                out.add(new Token(surface, folded.indexOf(' ') < 0 ? folded : folded.replace(" ", ""), start, i, arabic,
                        sentenceStart));
                sentenceStart = false;
            }
        }
        return out;
    }

    /** {@link MatchingText#fold} of one word, with a fast path for plain ASCII words (same result). */
    static String foldWord(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
                return MatchingText.fold(word);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            // ASCII: letters and digits only (no ASCII character is a combining mark)
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c) || c == '\u200c') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u0640';
    }

    static boolean isArabicLetter(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
    }
}
