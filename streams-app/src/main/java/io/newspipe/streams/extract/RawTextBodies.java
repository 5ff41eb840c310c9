package io.newspipe.streams.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the long {@code <script>} and {@code <style>} bodies of a page in its raw bytes (before any decode)
 * and writes a copy of the page with each such body replaced by {@link #MARKER}, so that neither the
 * decoder nor the parser spends time on text nothing downstream reads (script and style bodies are about
 * half of a news page's characters).
 *
 * <p>Why it is exact: the scan does not have to mimic jsoup. It only proposes; the parse proves. The marker
 * holds {@code &amp;}, which survives as those five characters only in the tokeniser's raw-text state (every
 * other state decodes it or makes it an attribute or comment), so a script or style element of the HTML
 * namespace whose only child is a data node equal to the marker had its raw-text state entered exactly where
 * the body began and left exactly where it ended. {@link PageScan} counts such elements; when the count
 * equals {@link Stripped#dropped()} the tree is the one the whole page gives but for those data nodes, and
 * otherwise the caller parses the whole page. The marker's control characters (U+0001) cannot come from the
 * page: a page holding a 0x01 byte is not stripped. Dropped bodies are pure ASCII, so in every
 * ASCII-compatible charset they decode to themselves, hold no replacement character, and leave the charset
 * sniffers' byte statistics (multi-byte UTF-8 sequences, high bytes and their neighbours) unchanged.
 * JSON-LD scripts (and any script whose start tag says {@code json} or holds a character reference) are kept:
 * the metadata reads them. Bodies shorter than {@link #MIN_BODY} bytes are kept (not worth a marker).
 * Stateless and thread-safe.
 */
final class RawTextBodies {
    /** What replaces a dropped body: ASCII, with {@code &amp;} that only the raw-text state keeps as it is. */
    static final String MARKER = "\u0001&amp;\u0001";
    /** Shortest body worth dropping, in bytes. */
    static final int MIN_BODY = 256;
    /** The page's truncation check looks this many characters from the end (see {@link PageClassifier}). */
    static final int TAIL = 65536;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);
    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long TWOS = 0x0202020202020202L;
    private static final long LTS = 0x3C3C3C3C3C3C3C3CL;

    /**
     * A copy of a page with {@code dropped} bodies replaced by the marker, in a per-thread buffer that stays
     * valid until the thread strips another page.
     *
     * @param bytes the stripped page, from index 0
     * @param length how many bytes of {@code bytes} are the page
     * @param dropped how many bodies were replaced
     * @param highBytes how many bytes of the dropped bodies are 0x80 or above (0: the bodies were ASCII)
     */
    record Stripped(byte[] bytes, int length, int dropped, long highBytes) {
    }

    private RawTextBodies() {
    }

    /**
     * The page {@code body[offset, offset + length)} with its long script and style bodies replaced (only the
     * pure-ASCII ones when {@code keepNonAscii}: pass it unless the page declares UTF-8), or null
     * when no body is dropped (none long enough, or any doubt: a 0x00 or 0x01 byte, no lower-case {@code </body}
     * or {@code </html} after the last dropped body within {@link #TAIL} bytes of the end).
     */
    static Stripped strip(byte[] body, int offset, int length, boolean keepNonAscii) {
        int end = offset + length;
        Scan scan = new Scan(body, end, keepNonAscii);
        boolean complete = scan.run(offset);
        int n = scan.n;
        // a 0x00 or 0x01 byte anywhere: the page might hold a marker of its own
        if (!complete || (scan.low & HIGH_BITS) != 0 || n == 0 || scan.lastClose < scan.ranges[n - 1] || scan.lastClose < end - TAIL) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            scan.ranges[i] -= offset;
        }
        return copy(body, offset, length, scan.ranges, n, scan.highBytes);
    }

    /** UTF-8, US-ASCII and the ISO-8859 and windows-125x families: charsets that decode ASCII bytes to themselves. */
    static boolean isAsciiCompatible(Charset cs) {
        String name = cs.name();
        return name.equals("UTF-8") || name.equals("US-ASCII") || name.startsWith("ISO-8859-") || name.startsWith("windows-125");
    }

    /**
     * One pass over the bytes from {@code <} to {@code <} (found eight bytes at a time): comments are skipped,
     * a script or style start tag is read to its {@code >} (quotes honoured) and its body to the first end tag
     * in any case, noting on the way whether the body is ASCII and, for a script, holds {@code <!--}.
     */
    private static final class Scan {
        private final byte[] b;
        private final int end;
        int[] ranges = new int[16];
        int n;
        /** The last {@code </body} or {@code </html} seen outside bodies, or -1. */
        int lastClose = -1;
        /** Bytes of 0x80 and above in the dropped bodies. */
        long highBytes;
        /** The OR of every word read since the last reset: bit 7 of a byte set means a non-ASCII byte. */
        private long seen;
        /** Bit 7 of a byte set: some byte read was 0x00 or 0x01 (every byte of the page is read once at least). */
        long low;

        /** Whether bodies holding bytes of 0x80 and above are kept (the charset choice may read them). */
        private final boolean keepNonAscii;

        Scan(byte[] b, int end, boolean keepNonAscii) {
            this.b = b;
            this.end = end;
            this.keepNonAscii = keepNonAscii;
        }

        /** Reads the page; false when it stopped early (an unclosed comment or raw-text element). */
        boolean run(int from) {
            int i = nextLt(from);
            while (i >= 0 && i + 1 < end) {
                byte c = b[i + 1];
                if (c == '!' && i + 3 < end && b[i + 2] == '-' && b[i + 3] == '-') {
                    i = commentEnd(i + 4);
                    if (i < 0) {
                        return false;
                    }
                } else if (c == '/') {
                    if (lowerAt(i + 2, "body") || lowerAt(i + 2, "html")) {
                        lastClose = i;
                    }
                    i += 2;
                } else if ((c | 0x20) == 's' && (nameAt(i + 2, "cript") || nameAt(i + 2, "tyle"))) {
                    i = rawText(i, (b[i + 2] | 0x20) == 'c');
                    if (i < 0) {
                        return false;
                    }
                } else {
                    i++;
                }
                i = nextLt(i);
            }
            return true;
        }

        /** Reads a script or style element from its {@code <}; returns where to go on, or -1 to stop. */
        private int rawText(int open, boolean script) {
            int nameEnd = open + (script ? 7 : 6);
            int tagEnd = startTagEnd(nameEnd);
            if (tagEnd < 0) {
                return open + 1; // not sure where the tag ends (or self-closing): the parse reads it as it is
            }
            int start = tagEnd + 1;
            seen = 0;
            boolean escaped = false;
            String name = script ? "script" : "style";
            int j = nextLt(start);
            while (j >= 0 && !(j + 1 < end && b[j + 1] == '/' && endTagAt(j + 2, name))) {
                escaped |= script && j + 3 < end && b[j + 1] == '!' && b[j + 2] == '-' && b[j + 3] == '-';
                j = nextLt(j + 1);
            }
            if (j < 0) {
                return -1; // unclosed: the rest is raw text, kept as it is
            }
            boolean ascii = (seen & HIGH_BITS) == 0;
            if (j - start >= MIN_BODY && !escaped && (ascii || !keepNonAscii) && !jsonOrReference(open, tagEnd)) {
                highBytes += ascii ? 0 : highBytes(b, start, j);
                if (n == ranges.length) {
                    ranges = Arrays.copyOf(ranges, n * 2);
                }
                ranges[n++] = start;
                ranges[n++] = j;
            }
            return j + 2 + name.length();
        }

        /** The next {@code <} from {@code from}, or -1; ORs every word read into {@link #seen}. */
        private int nextLt(int from) {
            int i = from;
            long acc = seen;
            long lows = low;
            for (; i + 8 <= end; i += 8) {
                long w = (long) LONGS.get(b, i);
                acc |= w;
                lows |= (w - TWOS) & ~w;
                long x = w ^ LTS;
                long m = (x - ONES) & ~x & HIGH_BITS;
                if (m != 0) {
                    seen = acc;
                    low = lows;
                    return i + (Long.numberOfTrailingZeros(m) >>> 3);
                }
            }
            for (; i < end; i++) {
                acc |= b[i];
                lows |= lowBit(b[i]);
                if (b[i] == '<') {
                    seen = acc;
                    low = lows;
                    return i;
                }
            }
            seen = acc;
            low = lows;
            return -1;
        }

        /** The index after the {@code -->} ending a comment whose text starts at {@code from}, or -1. */
        private int commentEnd(int from) {
            for (int i = from; i < end; i++) {
                low |= lowBit(b[i]);
                if (b[i] == '>' && i >= from + 2 && b[i - 1] == '-' && b[i - 2] == '-') {
                    return i + 1;
                }
            }
            return -1;
        }

        /** The {@code >} ending a start tag from {@code from}, or -1 when not at a tag-name end, self-closing or unclosed. */
        private int startTagEnd(int from) {
            if (from >= end || !isTagNameEnd(b[from])) {
                return -1;
            }
            for (int i = from; i < end; i++) {
                byte c = b[i];
                low |= lowBit(c);
                if (c == '>') {
                    return b[i - 1] == '/' ? -1 : i;
                }
                if (c == '"' || c == '\'') {
                    int q = i + 1;
                    while (q < end && b[q] != c) {
                        low |= lowBit(b[q]);
                        q++;
                    }
                    i = q;
                }
            }
            return -1;
        }

        /** Whether {@code name} (lower case) is at {@code at} in any case, followed by a tag-name end. */
        private boolean endTagAt(int at, String name) {
            return nameAt(at, name) && at + name.length() < end && isTagNameEnd(b[at + name.length()]);
        }

        /** Whether {@code word} (lower-case letters) is at {@code at} in any case. */
        private boolean nameAt(int at, String word) {
            if (at + word.length() > end) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if ((b[at + k] | 0x20) != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean lowerAt(int at, String word) {
            if (at + word.length() > end) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (b[at + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the start tag {@code [open, tagEnd)} says {@code json} in any case or holds a {@code &}. */
        private boolean jsonOrReference(int open, int tagEnd) {
            for (int i = open; i < tagEnd; i++) {
                if (b[i] == '&' || ((b[i] | 0x20) == 'j' && nameAt(i, "json"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Bit 7 set when {@code c} is 0x00 or 0x01. */
    private static long lowBit(byte c) {
        return c == 0 || c == 1 ? 0x80 : 0;
    }

    private static boolean isTagNameEnd(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>';
    }

    /** How many bytes of {@code [from, to)} are 0x80 or above, eight at a time. */
    static long highBytes(byte[] b, int from, int to) {
        long count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            count += Long.bitCount((long) LONGS.get(b, i) & HIGH_BITS);
        }
        for (; i < to; i++) {
            count += b[i] < 0 ? 1 : 0;
        }
        return count;
    }

    private static Stripped copy(byte[] body, int offset, int length, int[] ranges, int n, long highBytes) {
        int dropped = n / 2;
        int size = length + dropped * MARKER_BYTES.length;
        for (int i = 0; i < n; i += 2) {
            size -= ranges[i + 1] - ranges[i];
        }
        // the thread's buffer, not a fresh ~100 KB array per page: the copy lives only until the decode is done
        byte[] out = BUFFER.get();
        if (out.length < size) {
            out = new byte[Math.max(size, out.length * 2)];
            BUFFER.set(out);
        }
        int src = 0;
        int dst = 0;
        for (int i = 0; i < n; i += 2) {
            int keep = ranges[i] - src;
            System.arraycopy(body, offset + src, out, dst, keep);
            dst += keep;
            System.arraycopy(MARKER_BYTES, 0, out, dst, MARKER_BYTES.length);
            dst += MARKER_BYTES.length;
            src = ranges[i + 1];
        }
        System.arraycopy(body, offset + src, out, dst, length - src);
        return new Stripped(out, size, dropped, highBytes);
    }
}
