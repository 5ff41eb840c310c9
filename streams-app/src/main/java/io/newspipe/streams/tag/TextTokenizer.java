package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
        int length = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < length) {
            int classes = CharClasses.of(text.charAt(i));
            if ((classes & CharClasses.WORD) == 0) {
                sentenceStart |= (classes & CharClasses.SENTENCE_END) != 0;
                i++;
                continue;
            }
            int start = i;
            int every = classes;
            int some = classes;
            for (i++; i < length && ((classes = CharClasses.of(text.charAt(i))) & CharClasses.WORD) != 0; i++) {
                every &= classes;
                some |= classes;
            }
            boolean plus = i < length && text.charAt(i) == '+';
            if (plus) {
                i++;
            }
            String surface = text.substring(start, i);
            String folded;
            if (!plus && (every & CharClasses.ASCII_ALNUM) != 0) {
                // ASCII letters and digits: foldWord's fast path, without scanning the word again
                folded = (some & CharClasses.ASCII_UPPER) != 0 ? surface.toLowerCase(Locale.ROOT) : surface;
            } else {
                String word = plus ? surface.substring(0, surface.length() - 1) : surface;
                folded = plus ? foldWord(word) + "+" : foldWord(word);
                folded = folded.indexOf(' ') < 0 ? folded : folded.replace(" ", "");
            }
            if (!folded.isEmpty()) {
                out.add(new Token(surface, folded, start, i, (some & CharClasses.ARABIC) != 0, sentenceStart));
                sentenceStart = false;
            }
        }
        return out;
    }

    /** The folded words of {@code words} as a set: the word lists the rule classes write as one string. */
    static Set<String> foldedWords(String words) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens(words)) {
            out.add(t.folded());
        }
        return Set.copyOf(out);
    }

    /**
     * {@link MatchingText#fold} of one word, with fast paths (same result) for plain ASCII words and for
     * words of Latin-1 letters and basic Arabic and Persian letters and digits, which NFKC leaves alone.
     */
    static String foldWord(String word) {
        for (int k = 0; k < word.length(); k++) {
            // not an ASCII letter or digit (no other ASCII char is a letter or digit)
            if ((CharClasses.of(word.charAt(k)) & CharClasses.ASCII_ALNUM) == 0) {
                String simple = simpleFold(word);
                return simple != null ? simple : MatchingText.fold(word);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /**
     * The fold of a word made only of ASCII letters and digits, Latin-1 letters (U+00C0–U+00FF but × and
     * ÷), the Arabic letters U+0621–U+063A and U+0641–U+064A, the Persian letters پ چ ژ ک گ ی, Arabic-Indic
     * and Persian digits and the zero-width non-joiner; null for any other word. None of these chars has a
     * compatibility mapping or combines with another of them, so NFKC changes nothing and each char folds
     * alone as {@link MatchingText#fold} folds it.
     */
    static String simpleFold(String word) {
        // the word itself when no char changes (most accented and Arabic-script words): no copy per word
        char[] out = null;
        int n = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            char f;
            if (c < 0x80) {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                    return null;
                }
                f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c >= '\u00C0' && c <= '\u00FF') {
                if (c == '\u00D7' || c == '\u00F7') {
                    return null;
                }
                f = Character.toLowerCase(c);
            } else if (c == '\u200C') {
                f = 0; // dropped, as fold drops it
            } else {
                f = arabicFold(c);
                if (f == 0) {
                    return null;
                }
            }
            if (out == null && f != c) {
                out = new char[word.length()];
                word.getChars(0, k, out, 0);
                n = k;
            }
            if (out != null && f != 0) {
                out[n++] = f;
            }
        }
        return out == null ? word : new String(out, 0, n);
    }

    /** The fold of a basic Arabic or Persian letter or digit, or 0 for any other char. */
    private static char arabicFold(char c) {
        if ((c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')) {
            return switch (c) {
                case 'أ', 'إ', 'آ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> c;
            };
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return switch (c) {
            case 'ی' -> 'ي';
            case 'ک', 'گ' -> 'ك';
            case 'پ', 'چ', 'ژ' -> c;
            default -> 0;
        };
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
