package io.newspipe.streams.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

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
    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * A copy of a page with {@code dropped} bodies replaced by the marker.
     *
     * @param bytes the stripped page, from index 0
     * @param length how many bytes of {@code bytes} are the page
     * @param dropped how many bodies were replaced
     */
    record Stripped(byte[] bytes, int length, int dropped) {
    }

    private RawTextBodies() {
    }

    /**
     * The page {@code body[offset, offset + length)} with its long script and style bodies replaced, or null
     * when no body is dropped (none long enough, or any doubt: a 0x01 byte, no lower-case {@code </body} or
     * {@code </html} after the last dropped body within {@link #TAIL} bytes of the end).
     */
    static Stripped strip(byte[] body, int offset, int length) {
        // one intrinsic copy; Latin-1 indexOf(char) and indexOf(String) are intrinsics too
        String view = new String(body, offset, length, StandardCharsets.ISO_8859_1);
        if (view.indexOf('\u0001') >= 0) {
            return null;
        }
        int[] ranges = new int[16];
        int n = 0;
        int pos = 0;
        int script = view.indexOf("<script", 0);
        int style = view.indexOf("<style", 0);
        int comment = view.indexOf("<!--", 0);
        int upper = view.indexOf("</S", 0); // upper-case end tags are rare: one search, moved on only when passed
        while (script >= 0 || style >= 0) {
            boolean isScript = style < 0 || (script >= 0 && script < style);
            int open = isScript ? script : style;
            if (comment >= 0 && comment < open) {
                int end = view.indexOf("-->", comment + 4);
                if (end < 0) {
                    break;
                }
                pos = end + 3;
            } else {
                int nameEnd = open + (isScript ? 7 : 6);
                int tagEnd = nameEnd < length && isTagNameEnd(view.charAt(nameEnd)) ? startTagEnd(view, nameEnd) : -1;
                if (tagEnd < 0) {
                    pos = open + 1;
                } else {
                    String closer = isScript ? "</script" : "</style";
                    if (upper >= 0 && upper <= tagEnd) {
                        upper = view.indexOf("</S", tagEnd + 1);
                    }
                    int close = endTag(view, tagEnd + 1, closer, upper);
                    if (close < 0) {
                        break; // unclosed: the rest is raw text, kept as it is
                    }
                    int start = tagEnd + 1;
                    if (close - start >= MIN_BODY && droppable(view, body, offset, open, start, close, isScript && comment >= 0 && comment < close)) {
                        if (n == ranges.length) {
                            ranges = Arrays.copyOf(ranges, n * 2);
                        }
                        ranges[n++] = start;
                        ranges[n++] = close;
                    }
                    pos = close + closer.length();
                }
            }
            script = script >= 0 && script < pos ? view.indexOf("<script", pos) : script;
            style = style >= 0 && style < pos ? view.indexOf("<style", pos) : style;
            comment = comment >= 0 && comment < pos ? view.indexOf("<!--", pos) : comment;
        }
        if (n == 0 || !closedAfter(view, ranges[n - 1], length)) {
            return null;
        }
        return copy(body, offset, length, ranges, n);
    }

    /** UTF-8, US-ASCII and the ISO-8859 and windows-125x families: charsets that decode ASCII bytes to themselves. */
    static boolean isAsciiCompatible(Charset cs) {
        String name = cs.name();
        return name.equals("UTF-8") || name.equals("US-ASCII") || name.startsWith("ISO-8859-") || name.startsWith("windows-125");
    }

    private static boolean isTagNameEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>';
    }

    /** The index of the {@code >} ending a start tag whose name ends at {@code from}, quotes honoured; -1 if none. */
    private static int startTagEnd(String view, int from) {
        int i = from;
        int n = view.length();
        while (i < n) {
            char c = view.charAt(i);
            if (c == '>') {
                return view.charAt(i - 1) == '/' ? -1 : i; // self-closing: leave it to the parser
            }
            if (c == '"' || c == '\'') {
                int q = view.indexOf(c, i + 1);
                if (q < 0) {
                    return -1;
                }
                i = q;
            }
            i++;
        }
        return -1;
    }

    /**
     * The first end tag {@code closer} (any case) from {@code from} followed by white space, {@code /} or
     * {@code >}: where jsoup's raw-text state can end. Erring early is safe (the parse then disproves the
     * marker); erring late is not, so every case is looked for.
     */
    private static int endTag(String view, int from, String closer, int nextUpper) {
        int lower = endTag(view, from, "</s", closer);
        if (nextUpper < 0 || (lower >= 0 && nextUpper > lower)) {
            return lower;
        }
        int upper = endTag(view, nextUpper, "</S", closer);
        return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    }

    private static int endTag(String view, int from, String prefix, String closer) {
        int i = view.indexOf(prefix, from);
        while (i >= 0) {
            int next = i + closer.length();
            if (next < view.length() && isTagNameEnd(view.charAt(next)) && view.regionMatches(true, i, closer, 0, closer.length())) {
                return i;
            }
            i = view.indexOf(prefix, i + 1);
        }
        return -1;
    }

    private static boolean droppable(String view, byte[] body, int offset, int open, int start, int close,
            boolean escapedScript) {
        String tag = view.substring(open, start).toLowerCase(Locale.ROOT);
        if (tag.indexOf('&') >= 0 || tag.contains("json")) {
            return false; // JSON-LD (or a type the scan cannot read for sure): the metadata needs it
        }
        // (the caller passes whether) "<!--" in a script switches the tokeniser to its escaped states, where "</script" may not end it
        if (escapedScript) {
            return false;
        }
        return isAscii(body, offset + start, offset + close);
    }

    /** Whether the bytes {@code [from, to)} are all below 0x80, eight at a time. */
    static boolean isAscii(byte[] b, int from, int to) {
        int i = from;
        long acc = 0;
        for (; i + 8 <= to; i += 8) {
            acc |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            acc |= b[i];
        }
        return (acc & HIGH_BITS) == 0;
    }

    /**
     * Whether a lower-case {@code </body} or {@code </html} follows the last dropped body within {@link #TAIL}
     * bytes of the end: then the truncation check finds it in the whole page and in the stripped one alike
     * (the text from there on is the same, and holds at most as many characters as bytes).
     */
    private static boolean closedAfter(String view, int lastDropEnd, int length) {
        int from = Math.max(lastDropEnd, length - TAIL);
        return view.indexOf("</body", from) >= 0 || view.indexOf("</html", from) >= 0;
    }

    private static Stripped copy(byte[] body, int offset, int length, int[] ranges, int n) {
        int dropped = n / 2;
        int size = length + dropped * MARKER_BYTES.length;
        for (int i = 0; i < n; i += 2) {
            size -= ranges[i + 1] - ranges[i];
        }
        byte[] out = new byte[size];
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
        return new Stripped(out, size, dropped);
    }
}
