package io.newspipe.streams.extract;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes an article's body HTML from its cleaned paragraphs: each one a {@code <p>} or {@code <h2>} with
 * its text escaped, nothing between them, exactly what jsoup prints for such a tree without pretty
 * printing. Text made only of characters jsoup prints as they are, or as {@code &amp;}, {@code &lt;},
 * {@code &gt;} and {@code &nbsp;}, is written directly (cleaned text always is); anything else (control
 * characters, lone surrogates) is left to jsoup. Building and printing a jsoup tree cost ~35 µs a page.
 * Stateless and thread-safe.
 */
final class BodyHtml {
    private BodyHtml() {
    }

    /**
     * The body HTML.
     *
     * @param texts the paragraphs' cleaned texts
     * @param headings for each text, whether it is a heading ({@code <h2>}) rather than a paragraph
     * @param baseUrl the page URL (only used when jsoup writes the HTML)
     */
    static String of(List<String> texts, List<Boolean> headings, String baseUrl) {
        return of(texts, headings, baseUrl, false);
    }

    /** Like {@link #of(List, List, String)}; {@code plain} says the caller knows every text {@link #isPlain}. */
    static String of(List<String> texts, List<Boolean> headings, String baseUrl, boolean plain) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(headings, "headings");
        int size = 0;
        for (String t : texts) {
            if (!plain && !isPlain(t)) {
                return withJsoup(texts, headings, baseUrl);
            }
            size += t.length() + 16;
        }
        Chars html = new Chars(size);
        for (int i = 0; i < texts.size(); i++) {
            String tag = headings.get(i) ? "h2" : "p";
            html.append('<').append(tag).append('>');
            escape(texts.get(i), html);
            html.append("</").append(tag).append('>');
        }
        return html.toString().strip();
    }

    /** True when every character is printable as itself or one of the four entities {@link #escape} writes. */
    static boolean isPlain(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static void escape(String text, Chars out) {
        // most paragraphs hold none of the four: four intrinsic searches instead of a switch per character
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('\u00A0') < 0) {
            out.append(text);
            return;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00A0' -> "&nbsp;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, start, i);
                out.append(entity);
                start = i + 1;
            }
        }
        out.append(text, start, text.length());
    }

    /** jsoup's own rendering, for text {@link #isPlain} does not vouch for. */
    static String withJsoup(List<String> texts, List<Boolean> headings, String baseUrl) {
        Document shell = Document.createShell(baseUrl);
        shell.outputSettings().prettyPrint(false);
        Element body = shell.body();
        for (int i = 0; i < texts.size(); i++) {
            body.appendElement(headings.get(i) ? "h2" : "p").text(texts.get(i));
        }
        return body.html().strip();
    }

    /**
     * The HTML written into this thread's char buffer: a {@code StringBuilder} starts Latin-1 and is widened
     * (a second array, twice the size) at the first curly quote or non-Latin letter, then copied once more by
     * {@code toString}; here the only array made per page is the String's own.
     */
    private static final class Chars {
        private static final int KEPT = 256 * 1024;
        private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[16 * 1024]);
        private char[] buf;
        private int n;

        Chars(int capacity) {
            char[] kept = BUFFER.get();
            buf = kept.length >= capacity ? kept : new char[capacity];
        }

        Chars append(char c) {
            ensure(1);
            buf[n++] = c;
            return this;
        }

        Chars append(String s) {
            return append(s, 0, s.length());
        }

        Chars append(String s, int from, int to) {
            ensure(to - from);
            s.getChars(from, to, buf, n);
            n += to - from;
            return this;
        }

        private void ensure(int more) {
            if (n + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(n + more, 2 * buf.length));
            }
        }

        @Override
        public String toString() {
            String s = new String(buf, 0, n);
            if (buf.length <= KEPT && buf.length > BUFFER.get().length) {
                BUFFER.set(buf); // a larger page's buffer is kept for the next one
            }
            return s;
        }
    }
}
