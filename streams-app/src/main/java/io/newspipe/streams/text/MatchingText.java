package io.newspipe.streams.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Folds text for matching and deduplication (never for display): NFKC, lower case, Arabic letter
 * variants unified (أ إ آ ٱ → ا, ة → ه, ى → ي, Persian ی → ي, ک → ك, ڤ → ف, گ → ك), diacritics and
 * tatweel removed, Arabic-Indic and Persian digits to ASCII, punctuation to spaces, whitespace
 * collapsed. Text whose characters cannot interact under NFKC (nearly all news text) takes a fast path,
 * one {@link FoldTable} look-up per character, with the same result as the NFKC path. Stateless and
 * thread-safe.
 */
public final class MatchingText {
    /** Texts up to this length are folded in the thread's scratch buffer (and it is kept that large). */
    private static final int SCRATCH_KEPT = 1 << 16;
    /** This thread's buffer for {@link #fold}: a copy of every folded text was allocated and dropped. */
    private static final ThreadLocal<char[][]> SCRATCH = ThreadLocal.withInitial(() -> new char[1][256]);

    private MatchingText() {
    }

    /**
     * The folded form of {@code text}; the empty string for blank input. Idempotent. Text that is already
     * folded is returned as it is (no copy).
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        char[] chars = scratch(n);
        text.getChars(0, n, chars, 0);
        int end = foldInto(chars, 0, n, chars, 0);
        if (end < 0) {
            return foldNormalised(text);
        }
        return end == n && sameAs(text, chars, n) ? text : new String(chars, 0, end);
    }

    private static char[] scratch(int n) {
        char[][] holder = SCRATCH.get();
        if (holder[0].length >= n) {
            return holder[0];
        }
        if (n > SCRATCH_KEPT) {
            return new char[n];
        }
        holder[0] = new char[Math.max(n, Math.min(SCRATCH_KEPT, 2 * holder[0].length))];
        return holder[0];
    }

    private static boolean sameAs(String text, char[] chars, int n) {
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the folded form of {@code text[from, to)} into {@code out} from {@code at} and returns the end
     * index, or -1 when a character needs Unicode normalisation (then {@link #fold} of the substring is the
     * answer, and {@code out} from {@code at} holds garbage). The fast path for the common case (letters,
     * digits, punctuation, Arabic harakat): one table look-up per character, no intermediate string. The
     * folded form is never longer than the input and each character is read before anything is written at
     * its index, so {@code out} may be {@code text} itself when {@code at <= from}; {@code out} must have room
     * for {@code to - from} characters from {@code at}, and what follows the returned end is garbage.
     */
    public static int foldInto(char[] text, int from, int to, char[] out, int at) {
        int n = at;
        int space = 1;
        for (int i = from; i < to; i++) {
            char f = FoldTable.get(text[i]);
            if (f == FoldTable.SLOW) {
                return -1;
            }
            // without a branch on the character's class (word ends would mispredict): it is written anyway
            // and kept when it is a letter or the first separator of a run; a dropped character keeps the state
            int separator = ((f ^ ' ') - 1) >>> 31;
            int dropped = (f - 1) >>> 31;
            out[n] = f;
            n += (separator & (space ^ 1)) | ((separator | dropped) ^ 1);
            space = separator | (space & dropped);
        }
        return n > at && out[n - 1] == ' ' ? n - 1 : n;
    }

    /** The reference path: NFKC, then each code point folded. */
    static String foldNormalised(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = true;
        boolean dropped = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            int c = foldCodePoint(cp);
            if (c == 0) {
                dropped = true;
                continue;
            }
            if (c == ' ') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.appendCodePoint(c);
                space = false;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        String folded = out.toString();
        // a dropped mark can leave characters that compose anew (Hangul jamo, a base letter and a
        // second mark), so fold again until nothing changes: fold must be idempotent
        return dropped && !Normalizer.isNormalized(folded, Normalizer.Form.NFKC) ? foldNormalised(folded) : folded;
    }

    /** One code point of NFKC text folded; 0 means drop it, ' ' means a separator. */
    static int foldCodePoint(int cp) {
        return cp < 0x80 ? foldAscii(cp) : foldOther(cp);
    }

    private static int foldAscii(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return c;
        }
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : ' ';
    }

    /**
     * Lower-cases one code point at a time (not the whole string: String.toLowerCase turns İ into i plus
     * a combining dot), then folds it.
     */
    private static int foldOther(int cp) {
        int lower = Character.toLowerCase(cp);
        return lower <= Character.MAX_VALUE ? foldChar((char) lower) : foldSupplementary(lower);
    }

    private static int foldSupplementary(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return cp;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? 0 : ' ';
    }

    /** One character folded; 0 means drop it, ' ' means a separator. */
    static char foldChar(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
                return 'ا';
            case 'ة':
                return 'ه';
            case 'ى', 'ی', 'ئ', 'ې':
                return c == 'ئ' ? 'ئ' : 'ي';
            case 'ک', 'گ':
                return 'ك';
            case 'ڤ', 'ۋ':
                return 'ف';
            case 'ؤ':
                return 'ؤ';
            case '\u0640', '\u200c', '\u200d', '\u200b', '\u200e', '\u200f', '\ufeff':
                return 0;
            default:
                break;
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
            return 0;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (Character.isLetterOrDigit(c)) {
            return c;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0;
        }
        return ' ';
    }
}
