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
    private static final int MIN_CARDS = 4;
    private static final double CARD_SHARE = 0.7;
    private static final int CARD_DEPTH = 4;
    private static final int MAX_CARD_CHARS = 700;
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
     * True when the kept text is mostly the summaries of teaser cards: small elements that each hold a
     * linked headline (section and home pages), as opposed to prose that merely sits near links. An
     * article's paragraphs live in a body far larger than a card, so they never count.
     */
    static boolean isCardGrid(MainContent content) {
        CardFinder finder = new CardFinder();
        java.util.Set<Element> cards = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int inCards = 0;
        int outside = 0;
        for (TextBlock block : content.blocks()) {
            Element card = finder.cardOf(block.owner());
            if (card != null) {
                cards.add(card);
                inCards += block.weight();
            } else {
                outside += block.weight();
                // more than the share's complement is outside cards: the share cannot be reached any more
                if (content.weight() - outside < CARD_SHARE * content.weight()) {
                    return false;
                }
            }
        }
        return cards.size() >= MIN_CARDS && inCards >= CARD_SHARE * content.weight();
    }

    /**
     * Finds the teaser card around a block. Blocks of one page share ancestors, so each element's
     * verdicts (text too long for a card; holds a linked headline) are computed once per page, and the
     * headline selector is parsed once per class: parsing it per element cost more than the search.
     */
    private static final class CardFinder {
        private static final org.jsoup.select.Evaluator LINKED_HEADLINE = org.jsoup.select.QueryParser.parse(
                "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");
        private final java.util.Map<Element, Boolean> tooLong = new java.util.IdentityHashMap<>();
        private final java.util.Map<Element, Boolean> linkedHeadline = new java.util.IdentityHashMap<>();

        Element cardOf(Element owner) {
            Element e = owner;
            for (int depth = 0; e != null && depth < CARD_DEPTH; depth++, e = e.parent()) {
                if (tooLong.computeIfAbsent(e, x -> longerThan(x, MAX_CARD_CHARS))) {
                    return null;
                }
                if (linkedHeadline.computeIfAbsent(e, x -> x.selectFirst(LINKED_HEADLINE) != null)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** Whether the element's text exceeds {@code limit} characters, reading no further than needed. */
    private static boolean longerThan(Element e, int limit) {
        int[] length = {0};
        e.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode text) {
                    length[0] += normalisedLength(text.getWholeText());
                }
                return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return length[0] > limit;
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
