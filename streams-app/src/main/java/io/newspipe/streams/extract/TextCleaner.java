package io.newspipe.streams.extract;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Cleans display text: zero-width and bidi controls removed (ZWNJ U+200C kept: Persian needs it),
 * other control characters and lone surrogates removed, Unicode NFC, every run of whitespace
 * (NBSP and the other Unicode spaces included) collapsed to one space, ends trimmed. Letters stay as
 * the author wrote them (no Arabic letter folding: that is for matching, not for display).
 * The result is idempotent: {@code clean(clean(s)).equals(clean(s))}. Stateless and thread-safe.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    /**
     * Cleans one run of display text.
     *
     * @param text any string
     * @return the cleaned text, never null
     */
    public static String clean(String text) {
        Objects.requireNonNull(text, "text");
        return isClean(text) ? text : cleanFully(text);
    }

    /** {@link #clean} without the one-pass check for text that is already clean. */
    static String cleanFully(String text) {
        // Controls go first so that NFC sees the combining sequences they were splitting.
        String stripped = dropInvisible(text);
        String nfc = Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
                ? stripped : Normalizer.normalize(stripped, Normalizer.Form.NFC);
        return collapseWhitespace(nfc);
    }

    /**
     * True when {@link #clean} would return the text as it is, decided in one pass for the usual text: only
     * characters that are never removed, never white space and never change under NFC next to any other such
     * character ({@link #isStable}), with single spaces between them. Anything else takes the full path.
     * Such text is also plain for {@link BodyHtml#isPlain}: no control character and no surrogate.
     */
    static boolean isClean(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return n == 0;
        }
        boolean lastWasSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (lastWasSpace) {
                    return false;
                }
                lastWasSpace = true;
            } else if (isStable(c)) {
                lastWasSpace = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Printable ASCII, Latin-1 letters and signs, the Latin extensions and spacing modifiers below U+0300,
     * general punctuation U+2010..U+2027 (dashes, quotes, bullets, ellipsis), the Arabic letters, digits and
     * punctuation ({@link #isStableArabicExtra}): none is white space, invisible or a control; each has NFC
     * quick-check Yes and combining class 0, so a string of them is already NFC (checked pair by pair in the tests).
     */
    static boolean isStable(char c) {
        if (c < 0x80) {
            return c > ' ' && c < 0x7F;
        }
        return (c >= 0xA1 && c < 0x300 && c != 0xAD) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x621 && c <= 0x64A)
                || isStableArabicExtra(c);
    }

    /**
     * The Arabic comma, semicolon and question mark, Arabic-Indic digits and signs, and the letters of the Arabic
     * block past the basic ones (Persian, Urdu, Kurdish: پ چ ژ ک گ ی …): without them every Persian paragraph and
     * every Arabic one with a comma took the full path. Combining marks (U+064B–U+0670, U+06D6 on) stay out.
     */
    private static boolean isStableArabicExtra(char c) {
        return c == 0x60C || c == 0x61B || c == 0x61F || (c >= 0x660 && c <= 0x66D) || (c >= 0x671 && c <= 0x6D3);
    }

    /** True for the characters {@link #clean} removes outright (not whitespace, which it collapses). */
    static boolean isInvisible(char c) {
        switch (c) {
            case '\u200B', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', // zero-width, soft hyphen
                    '\u200E', '\u200F', '\u061C', // LRM, RLM, ALM
                    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', // LRE RLE PDF LRO RLO
                    '\u2066', '\u2067', '\u2068', '\u2069', // LRI RLI FSI PDI
                    '\u206A', '\u206B', '\u206C', '\u206D', '\u206E', '\u206F', '\uFFFE', '\uFFFF' -> {
                return true;
            }
            default -> {
                return Character.getType(c) == Character.CONTROL && !isWhitespace(c);
            }
        }
    }

    /** True for every character {@link #clean} treats as a space (NBSP, Unicode spaces, line breaks). */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
        }
        return c == '\u00A0' || c == '\u0085' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static String dropInvisible(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !needsDrop(text, i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (!needsDrop(text, i)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsDrop(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x7F) {
            return c < ' ' && !isWhitespace(c);
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c)) {
                return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
            }
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isInvisible(c);
    }

    private static String collapseWhitespace(String text) {
        int n = text.length();
        StringBuilder sb = null;
        boolean pendingSpace = false;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean ws = isWhitespace(c);
            if (sb == null) {
                boolean clean = !ws || (c == ' ' && i > 0 && i + 1 < n && !isWhitespace(text.charAt(i + 1))
                        && !isWhitespace(text.charAt(i - 1)));
                if (clean) {
                    continue;
                }
                sb = new StringBuilder(n);
                sb.append(text, start, i);
            }
            if (ws) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
