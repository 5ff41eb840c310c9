package io.newspipe.streams.dedup;

import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Normalised body text for dedup (content hash, shingles, revision checks): each paragraph folded by
 * {@link MatchingText#fold} (case, Arabic letter variants, diacritics, tatweel, digits, punctuation), then
 * short paragraphs that only carry a time stamp ("Updated 10:42 GMT", "آخر تحديث: ...") or an
 * advertisement/share/follow line dropped, so a changed stamp or ad is not a new revision. Paragraphs are
 * joined by one newline. Stateless and thread-safe.
 */
public final class DedupText {
    private static final int MAX_NOISE_TOKENS = 14;
    /** Longer paragraphs cannot be noise: 14 tokens of stamp words and numbers fit well within it. */
    private static final int MAX_NOISE_CHARS = 160;
    private static final Set<String> STAMP_WORDS = Set.of(
            "updated", "update", "published", "posted", "last", "modified", "gmt", "utc", "am", "pm", "at", "on",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "mis", "a", "à", "jour", "le", "publié", "publie", "h", "janvier", "février", "mars", "avril",
            "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "اخر", "تحديث",
            "تاريخ", "النشر", "نشر", "في", "بتوقيت", "غرينتش", "ص", "م", "يناير", "فبراير", "مارس", "ابريل",
            "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "الثاني", "الاول",
            "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "hours", "minutes", "ago",
            "منذ", "ساعه", "ساعات", "دقيقه", "دقائق", "il", "y", "heures");
    private static final int MAX_STAMP_WORD_CHARS = STAMP_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final List<String> NOISE_PREFIXES = List.of(
            "advertisement", "sponsored", "publicité", "publicite", "اعلان", "follow us", "share this",
            "suivez nous", "partager", "تابعونا", "شارك", "subscribe", "abonnez vous", "اشترك");

    private static final byte LINE_BREAK = 1;
    private static final byte DIGIT = 2;
    /** 0 for most characters, {@link #LINE_BREAK} or {@link #DIGIT} (Latin, Arabic-Indic, Persian). */
    private static final byte[] SCAN = scanTable();

    private DedupText() {
    }

    /** The normalised form of a body text (paragraphs separated by blank lines or newlines). Idempotent. */
    public static String normalise(String bodyText) {
        Chars chars = normaliseToChars(bodyText);
        return new String(chars.chars, 0, chars.length);
    }

    /**
     * The same text as {@link #normalise}, as characters: what the fingerprint hashes, without building the
     * string. Each paragraph is folded straight into one buffer (no substring, no intermediate string) unless
     * it needs Unicode normalisation.
     */
    static Chars normaliseToChars(String bodyText) {
        Objects.requireNonNull(bodyText, "bodyText");
        return normaliseToChars(bodyText, bodyText.toCharArray(), bodyText.length(), null);
    }

    /**
     * {@link #normaliseToChars(String)} given a copy of the body's characters in {@code text[0, n)} (the buffer
     * may be longer: a per-thread scratch), which it overwrites; the same
     * pass hands every number of the raw text to {@code numbers} (if not null), read before its paragraph
     * is folded (a number holds no line break, so it ends within its paragraph).
     */
    static Chars normaliseToChars(String bodyText, char[] text, int n, NumberSketch.Builder numbers) {
        // folded in place: a paragraph's folded form is written behind where it is read (see foldInto)
        Chars out = new Chars(text);
        int start = 0;
        for (int i = 0; i < n; i++) {
            // one table look-up per character: most are neither a line break nor a digit
            byte kind = SCAN[text[i]];
            if (kind == 0) {
                continue;
            }
            if (kind == DIGIT) {
                if (numbers != null) {
                    // the number's characters are no line breaks: the scan goes on from its last one
                    i = numbers.read(text, i, n) - 1;
                }
                continue;
            }
            if (i > start) {
                appendParagraph(bodyText, text, start, i, n, out);
            }
            start = i + 1;
        }
        if (n > start) {
            appendParagraph(bodyText, text, start, n, n, out);
        }
        return out;
    }

    /** {@link #SCAN}: what every UTF-16 unit is for the normalisation's scan. */
    private static byte[] scanTable() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (isLineBreak((char) c)) {
                table[c] = LINE_BREAK;
            } else if (NumberSketch.isDigit((char) c)) {
                table[c] = DIGIT;
            }
        }
        return table;
    }

    /** Folds one paragraph after what {@code out} holds (a newline between), unless it is empty or noise. */
    private static void appendParagraph(String bodyText, char[] text, int from, int to, int n, Chars out) {
        int at = out.length == 0 ? 0 : out.length + 1;
        int end = MatchingText.foldInto(text, from, to, out.chars, at);
        if (end < 0) {
            // NFKC can lengthen a paragraph: write it to a buffer of its own so no unread text is overwritten
            String folded = MatchingText.fold(bodyText.substring(from, to));
            out.detach(out.length, at + folded.length() + n - to);
            folded.getChars(0, folded.length(), out.chars, at);
            end = at + folded.length();
        }
        if (end == at || end - at <= MAX_NOISE_CHARS && isNoise(out.chars, at, end)) {
            return;
        }
        if (at > 0) {
            out.chars[at - 1] = '\n';
        }
        out.length = end;
    }

    /** \n, \u000B, \u000C, \r, U+0085, U+2028, U+2029. */
    private static boolean isLineBreak(char c) {
        return c <= '\r' ? c >= '\n' : c == '\u0085' || (c | 1) == '\u2029';
    }

    /** The words of a normalised text, in order. */
    public static List<String> words(String normalised) {
        Objects.requireNonNull(normalised, "normalised");
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalised.length(); i++) {
            boolean separator = i == normalised.length() || normalised.charAt(i) == ' ' || normalised.charAt(i) == '\n';
            if (separator && start >= 0) {
                words.add(normalised.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** The normalised text's characters, {@code chars[0, length)}; the buffer may be the body's own copy. */
    static final class Chars {
        private char[] chars;
        private int length;
        /** Whether {@link #chars} is a buffer of its own, no longer the body's copy it is folded from. */
        private boolean detached;

        private Chars(char[] buffer) {
            chars = buffer;
        }

        char[] chars() {
            return chars;
        }

        int length() {
            return length;
        }

        /**
         * Moves to a buffer of its own of at least {@code capacity} characters, keeping the first
         * {@code written} (the text normalised so far). Only those are copied, into a buffer of the size
         * asked: the body's copy is a per-thread scratch sized for the longest body seen, and copying all
         * of it for each paragraph that needs NFKC cost more than normalising that paragraph. Once detached
         * the buffer is only replaced when it is too small.
         */
        private void detach(int written, int capacity) {
            if (detached && capacity <= chars.length) {
                return;
            }
            char[] own = new char[capacity];
            System.arraycopy(chars, 0, own, 0, written);
            chars = own;
            detached = true;
        }
    }

    /**
     * {@link #isNoise(String)} of {@code chars[from, to)}, a non-empty folded paragraph, reading the tokens in
     * place: most paragraphs fail on their first word, so neither the paragraph nor all its tokens are made
     * strings. Text with a space at either end or two in a row (which fold never writes) takes the string path.
     */
    private static boolean isNoise(char[] chars, int from, int to) {
        int tokens = 1;
        for (int i = from; i < to; i++) {
            if (chars[i] == ' ') {
                if (i == from || i == to - 1 || chars[i - 1] == ' ') {
                    return isNoise(new String(chars, from, to - from));
                }
                tokens++;
            }
        }
        if (to - from > MAX_NOISE_CHARS || tokens > MAX_NOISE_TOKENS) {
            return false;
        }
        for (String prefix : NOISE_PREFIXES) {
            if (tokens <= 8 && startsWith(chars, from, to, prefix)) {
                return true;
            }
        }
        int digits = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && chars[i] != ' ') {
                continue;
            }
            if (isNumeric(chars, start, i)) {
                digits++;
            } else if (i - start > MAX_STAMP_WORD_CHARS || !STAMP_WORDS.contains(new String(chars, start, i - start))) {
                return false;
            }
            start = i + 1;
        }
        return digits > 0;
    }

    private static boolean startsWith(char[] chars, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumeric(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** A short folded paragraph made only of date/time words and numbers, or an ad/share/follow line. */
    static boolean isNoise(String folded) {
        if (folded.length() > MAX_NOISE_CHARS) {
            return false;
        }
        String[] tokens = folded.split(" ");
        if (tokens.length > MAX_NOISE_TOKENS) {
            return false;
        }
        for (String prefix : NOISE_PREFIXES) {
            if (folded.startsWith(prefix) && tokens.length <= 8) {
                return true;
            }
        }
        int digits = 0;
        for (String token : tokens) {
            if (isNumeric(token)) {
                digits++;
            } else if (!STAMP_WORDS.contains(token)) {
                return false;
            }
        }
        return digits > 0;
    }

    private static boolean isNumeric(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
