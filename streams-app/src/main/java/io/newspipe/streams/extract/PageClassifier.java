package io.newspipe.streams.extract;

import org.jsoup.nodes.Element;

import io.newspipe.streams.text.MatchingText;
import java.util.List;

/**
 * Tells pages that are not articles apart: binary payloads, undecodable text, truncated documents,
 * error pages (404 wording in several languages) and listing pages (many linked teasers, little prose).
 * Stateless and thread-safe.
 */
final class PageClassifier {
    private static final int SNIFF = 1024;
    private static final int TAIL = 65536;
    private static final int ERROR_PAGE_MAX_WEIGHT = 1500;
    private static final int SHORT_PAGE_WEIGHT = 600;
    private static final int TERSE_HEADING_WORDS = 6;
    private static final double MAX_REPLACEMENT_SHARE = 0.05;
    private static final List<String> ERROR_CUES = List.of("404", "page not found", "not found", "page introuvable",
            "page non trouvée", "seite nicht gefunden", "página no encontrada", "pagina non trovata",
            "página não encontrada", "الصفحة غير موجودة", "الصفحة المطلوبة غير موجودة", "لم يتم العثور على الصفحة",
            "الصفحة التي تبحث عنها غير موجودة", "صفحه مورد نظر یافت نشد", "صفحه یافت نشد", "страница не найдена",
            "sayfa bulunamadı", "ページが見つかりません", "페이지를 찾을 수 없습니다", "找不到页面", "页面不存在");
    private static final List<String> FOLDED_ERROR_CUES = ERROR_CUES.stream().map(MatchingText::fold).toList();

    private PageClassifier() {
    }

    /** True for bytes that are not text: known binary signatures or NUL bytes near the start. */
    static boolean isBinary(byte[] body) {
        if (startsWith(body, 0x25, 0x50, 0x44, 0x46) || startsWith(body, 0x89, 0x50, 0x4E, 0x47)
                || startsWith(body, 0x47, 0x49, 0x46, 0x38) || startsWith(body, 0xFF, 0xD8, 0xFF)
                || startsWith(body, 0x1F, 0x8B) || startsWith(body, 0x50, 0x4B, 0x03, 0x04)
                || startsWith(body, 0x52, 0x49, 0x46, 0x46)) {
            return true;
        }
        int n = Math.min(body.length, SNIFF);
        boolean utf16 = startsWith(body, 0xFF, 0xFE) || startsWith(body, 0xFE, 0xFF);
        for (int i = 0; i < n && !utf16; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when more than 5 % of the characters are U+FFFD: the charset was wrong beyond repair. */
    static boolean isUndecodable(CharSequence text) {
        int n = Math.min(text.length(), 20_000);
        int bad = 0;
        if (text instanceof java.nio.CharBuffer chars && chars.hasArray()) {
            // the decode buffer itself: an array loop, not a charAt call per character
            char[] a = chars.array();
            int start = chars.arrayOffset() + chars.position();
            for (int i = start; i < start + n; i++) {
                bad += a[i] == '\uFFFD' ? 1 : 0;
            }
        } else {
            for (int i = 0; i < n; i++) {
                bad += text.charAt(i) == '\uFFFD' ? 1 : 0;
            }
        }
        return n > 0 && bad > n * MAX_REPLACEMENT_SHARE;
    }

    /** True for an HTML document that starts as one but stops before {@code </body>} or {@code </html>}. */
    static boolean isTruncated(CharSequence text) {
        int headEnd = Math.min(text.length(), SNIFF);
        if (indexOfIgnoreCase(text, "<html", 0, headEnd) < 0 && indexOfIgnoreCase(text, "<!doctype html", 0, headEnd) < 0) {
            return false;
        }
        int tailStart = Math.max(0, text.length() - TAIL);
        return lastIndexOfIgnoreCase(text, "</body", tailStart) < 0 && lastIndexOfIgnoreCase(text, "</html", tailStart) < 0;
    }

    private static int indexOfIgnoreCase(CharSequence text, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (matchesIgnoreCase(text, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** Searches backwards, since closing tags sit at the end: usually a few hundred characters are read. */
    private static int lastIndexOfIgnoreCase(CharSequence text, String needle, int from) {
        for (int i = text.length() - needle.length(); i >= from; i--) {
            if (text.charAt(i) == '<' && matchesIgnoreCase(text, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code String.regionMatches(true, ...)} for the lower-case ASCII needles above: no non-ASCII character
     * upper- or lower-cases to one of their letters (h t m l d o c y p e b), so folding ASCII alone is exact.
     */
    private static boolean matchesIgnoreCase(CharSequence text, int at, String needle) {
        for (int j = 0; j < needle.length(); j++) {
            char c = text.charAt(at + j);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != needle.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a page with this much main text can be an error page at all; {@link #isErrorPage} says no
     * above it, so callers need not read the title (a search of the head) for longer pages.
     */
    static boolean mayBeErrorPage(int mainWeight) {
        return mainWeight <= ERROR_PAGE_MAX_WEIGHT;
    }

    /**
     * True when the title or main heading says "not found" and the page has too little text to be a story
     * about something not found: short headings that are mostly the cue allow a little more text.
     */
    static boolean isErrorPage(String title, String heading, int mainWeight) {
        if (mainWeight > ERROR_PAGE_MAX_WEIGHT) {
            return false;
        }
        for (String text : new String[] {title, heading}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String folded = MatchingText.fold(text);
            boolean terse = folded.split(" ").length <= TERSE_HEADING_WORDS;
            if ((terse || mainWeight < SHORT_PAGE_WEIGHT) && containsCue(folded)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsCue(String folded) {
        String padded = " " + folded + " ";
        for (String cue : FOLDED_ERROR_CUES) {
            if (padded.contains(" " + cue + " ")) {
                return true;
            }
        }
        return false;
    }

    /** True when the content area is a list of linked teasers rather than prose. */
    static boolean isListing(MainContent content) {
        return content.teaserLinks() >= 8 && content.longParagraphs() <= 1
                && content.teaserLinks() > 4 * Math.max(1, content.longParagraphs());
    }

    /**
     * {@code TextNode.text().length()} without building the string: jsoup's whitespace normalisation
     * turns each run of space, tab, CR, LF, FF and NBSP into one space and drops U+200B and U+00AD.
     */
    static int normalisedLength(String raw) {
        int length = 0;
        boolean lastWasWhite = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!lastWasWhite) {
                    length++;
                    lastWasWhite = true;
                }
            } else if (c != '\u200B' && c != '\u00AD') {
                length++;
                lastWasWhite = false;
            }
        }
        return length;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
