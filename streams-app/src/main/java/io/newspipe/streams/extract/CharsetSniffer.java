package io.newspipe.streams.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The byte-level clues to a page's charset: BOM, a {@code <meta>} declaration in the first bytes,
 * UTF-8 validity, and a cheap letter-frequency statistic over the high bytes to choose among legacy
 * single-byte charsets (windows-1252, windows-1256, ISO-8859-6, windows-1251, KOI8-R, windows-1255,
 * windows-1253). Never throws on unknown charset names. Stateless and thread-safe.
 */
final class CharsetSniffer {
    /** How far into the page a {@code <meta charset>} declaration is looked for. */
    static final int META_SCAN_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    /** A legacy charset and the bytes whose decoded letter is among its language's most frequent. */
    private record Candidate(Charset charset, boolean[] frequent) {
    }

    private static final List<Candidate> CANDIDATES = List.of(
            candidate("windows-1256", "اليمونةرتبعهدسفقحكأإ"),
            candidate("ISO-8859-6", "اليمونةرتبعهدسفقحكأإ"),
            candidate("windows-1251", "оеаинтсрвлкмдпуяыьгзОЕАИНТСРВЛКМДП"),
            candidate("KOI8-R", "оеаинтсрвлкмдпуяыьгзОЕАИНТСРВЛКМДП"),
            candidate("windows-1255", "יוהלארמתבשנ"),
            candidate("windows-1253", "αοιετσνηυρπκμλ"));

    private CharsetSniffer() {
    }

    /** Looks a charset name up; null (never an exception) when it is unknown or unsupported. */
    static Charset lookup(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return null;
        }
        // WHATWG: these labels mean windows-1252 in practice, and x-user-defined means nothing useful.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("l1")) {
            return Charset.forName("windows-1252");
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The charset named by {@code charset=} in a Content-Type value, or null. */
    static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (i < 0) {
            return null;
        }
        String rest = contentType.substring(i + 8);
        int end = rest.indexOf(';');
        return lookup(end < 0 ? rest : rest.substring(0, end));
    }

    /** The charset a byte-order mark announces, or null. */
    static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Length of the BOM of {@code charset} at the start of the bytes (0 when none). */
    static int bomLength(Charset charset) {
        return StandardCharsets.UTF_8.equals(charset) ? 3 : 2;
    }

    /** The charset a {@code <meta>} tag declares in the first {@value #META_SCAN_BYTES} bytes, or null. */
    static Charset fromMeta(byte[] b) {
        int n = Math.min(b.length, META_SCAN_BYTES);
        if (!containsCharsetWord(b, n)) {
            return null; // the expression needs the word; a byte scan is far cheaper than the regex trying every position
        }
        // ISO-8859-1 maps bytes 1:1, so the ASCII markup is found whatever the real charset is.
        Matcher m = META_CHARSET.matcher(new String(b, 0, n, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            Charset cs = lookup(m.group(1));
            if (cs != null) {
                // A meta tag cannot be read in UTF-16 unless a BOM already said so (HTML spec).
                return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
            }
        }
        return null;
    }

    /**
     * Whether "charset" appears in the first {@code n} bytes, ASCII letters in any case: what
     * {@link #META_CHARSET} (case-insensitive for ASCII only) needs for any match.
     */
    private static boolean containsCharsetWord(byte[] b, int n) {
        for (int i = 0; i + 7 <= n; i++) {
            if ((b[i] | 0x20) == 'c' && (b[i + 1] | 0x20) == 'h' && (b[i + 2] | 0x20) == 'a' && (b[i + 3] | 0x20) == 'r'
                    && (b[i + 4] | 0x20) == 's' && (b[i + 5] | 0x20) == 'e' && (b[i + 6] | 0x20) == 't') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the bytes are well-formed UTF-8.
     *
     * @return -1 when malformed, else the number of multi-byte sequences (0 for pure ASCII)
     */
    static int utf8MultiByteCount(byte[] b) {
        return utf8MultiByteCount(b, b.length);
    }

    /** {@link #utf8MultiByteCount(byte[])} of the first {@code n} bytes. */
    static int utf8MultiByteCount(byte[] b, int n) {
        int count = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
            } else {
                return -1;
            }
            if (i + len > n) {
                return count > 0 && n - i < 4 ? count : -1; // a sequence cut off by truncation
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            count++;
            i += len;
        }
        return count;
    }

    /** True for the single-byte charsets whose declaration real UTF-8 bytes routinely contradict. */
    static boolean isSingleByte(Charset cs) {
        return !cs.name().startsWith("UTF") && cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    /**
     * Picks the most plausible legacy charset for bytes that are not valid UTF-8: windows-1252 when the
     * high bytes sit inside Latin words, else the candidate whose decoding yields most frequent letters.
     */
    static Charset guessLegacy(byte[] b) {
        int[] hist = new int[128];
        int high = 0;
        int besideAsciiLetter = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x80) {
                hist[c - 0x80]++;
                high++;
                if ((i > 0 && isAsciiLetter(b[i - 1])) || (i + 1 < b.length && isAsciiLetter(b[i + 1]))) {
                    besideAsciiLetter++;
                }
            }
        }
        Charset best = Charset.forName("windows-1252");
        int bestScore = besideAsciiLetter;
        for (Candidate c : CANDIDATES) {
            int score = 0;
            for (int k = 0; k < 128; k++) {
                if (c.frequent[k]) {
                    score += hist[k];
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = c.charset;
            }
        }
        return high == 0 ? StandardCharsets.UTF_8 : best;
    }

    private static boolean isAsciiLetter(byte x) {
        return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    }

    private static Candidate candidate(String name, String frequentLetters) {
        Charset cs = Charset.forName(name);
        boolean[] frequent = new boolean[128];
        for (int k = 0; k < 128; k++) {
            String s = new String(new byte[] {(byte) (k + 0x80)}, cs);
            frequent[k] = s.length() == 1 && frequentLetters.indexOf(s.charAt(0)) >= 0;
        }
        return new Candidate(cs, frequent);
    }
}
