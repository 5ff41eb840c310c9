package io.newspipe.streams.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts the visible text under an element into {@link TextBlock}s at block-element boundaries and at
 * double line breaks, in one pass and without touching the DOM. Script, style, form controls, media,
 * AMP ad elements, hidden elements and inline captions are skipped whole. Not thread-safe: use one
 * instance per page.
 */
final class BlockSegmenter implements NodeFilter {
    /** What an element is to the segmenter ({@link #role}). */
    private static final int INLINE = 0;
    private static final int SKIPPED = 1;
    private static final int BREAK = 2;
    private static final int LINK = 3;
    private static final int BLOCK = 4;

    /** Bit c set for each c <= ' ' that {@code Character.isWhitespace} accepts (tab to CR, FS to US, space). */
    private static final long ASCII_SPACES = 0x3E00L | 0xF0000000L | 1L << 32;

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    /**
     * The current block's text. A char array rather than a StringBuilder: JDK 17 appends a String range to a
     * StringBuilder char by char through {@code charAt}, which cost more than the rest of the segmenter.
     */
    private char[] text = new char[256];
    private int length;
    private int weight;
    private int linkWeight;
    private int commas;
    private int linkDepth;
    private boolean pendingBreak;
    private boolean visible;
    /** Whether {@link #text} ends with the space {@link #appendSpace} wrote (cheaper than reading it back). */
    private boolean endsWithSpace;
    /**
     * The text node the current block began with, when it was copied unchanged (no white space collapsed or
     * replaced, nothing dropped), else null: a block that is exactly that text is that string, not a copy.
     */
    private String verbatimStart;

    /** The blocks under {@code root}, in document order. */
    static List<TextBlock> segment(Element root) {
        BlockSegmenter segmenter = rootedAt(root);
        root.filter(segmenter);
        return segmenter.finish();
    }

    /**
     * A segmenter for a walk that calls {@link #head} and {@link #tail} itself, as {@code root.filter} would
     * (depth 0 for {@code root}, more below it); {@link #finish} then gives the blocks.
     */
    static BlockSegmenter rootedAt(Element root) {
        BlockSegmenter segmenter = new BlockSegmenter();
        segmenter.open.push(root);
        return segmenter;
    }

    /** The blocks, once the walk is over. */
    List<TextBlock> finish() {
        flush();
        return blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        int role = role(element.normalName());
        if (role == SKIPPED || isHidden(element) || role == INLINE && InlineCaptions.isCaption(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (role == BREAK) {
            if (pendingBreak) {
                flush();
            } else {
                pendingBreak = true;
                appendSpace();
            }
        } else if (role == LINK) {
            linkDepth++;
        } else if (role == BLOCK && depth > 0) {
            flush();
            open.push(element);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            // no second look at the tag name: below the root only block elements are pushed, each popped at
            // its own tail (a skipped element gets no tail), so the open top is this element exactly when it is a block
            if (depth > 0 && open.peek() == element) {
                flush();
                open.pop();
            } else if (element.normalName().equals("a")) {
                linkDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Skipped whole (script, style, form controls, media, hidden by nature), line break, link, block
     * boundary or inline: one switch on the tag name instead of up to four set and string lookups.
     */
    private static int role(String tag) {
        return switch (tag) {
            case "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
                    "video", "audio", "button", "select", "option", "textarea", "input", "head", "link", "meta",
                    "img", "picture", "source", "map", "dialog", "title",
                    // AMP's ad and tracking elements: their only text is an ad label or a placeholder
                    "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics" -> SKIPPED;
            case "br" -> BREAK;
            case "a" -> LINK;
            case "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
                    "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "header",
                    "footer", "figure", "figcaption", "nav", "aside", "address", "center", "form", "fieldset",
                    "details", "summary", "hr", "caption", "body", "menu", "legend" -> BLOCK;
            default -> INLINE;
        };
    }

    static boolean isHidden(Element element) {
        // Parsed HTML attribute names are lower case: exact-key reads, not hasAttr/attr's case-blind scans
        if (element.attributesSize() == 0) {
            return false;
        }
        org.jsoup.nodes.Attributes attrs = element.attributes();
        if (attrs.hasKey("hidden")) {
            return true;
        }
        String style = attrs.get("style");
        if (style.isEmpty()) {
            return false;
        }
        return containsSkippingSpaces(style, "display:none") || containsSkippingSpaces(style, "visibility:hidden");
    }

    /** {@code text.replace(" ", "").contains(word)} for a word without spaces, with no copy of the text. */
    static boolean containsSkippingSpaces(String text, String word) {
        int n = text.length();
        for (int i = text.indexOf(word.charAt(0)); i >= 0; i = text.indexOf(word.charAt(0), i + 1)) {
            int j = 1;
            for (int k = i + 1; j < word.length() && k < n; k++) {
                char c = text.charAt(k);
                if (c != ' ') {
                    if (c != word.charAt(j)) {
                        break;
                    }
                    j++;
                }
            }
            if (j == word.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends a text node: its chars are copied in bulk to the end of the block's text, then compacted in
     * place (each run of white space becomes one space, none at the start of the block), counting the
     * figures on the way. Characters from '!' to U+167F but the no-break space, nearly all of any page, take the
     * shortest path.
     */
    private void append(String node) {
        int n = node.length();
        ensureRoom(n);
        char[] chars = text;
        node.getChars(0, n, chars, length);
        int start = length;
        int w = length;
        // counted in locals: each char written weighs one, wide-script chars two more, each space written is no text
        int extra = 0;
        int spaces = 0;
        int commaCount = 0;
        boolean space = endsWithSpace;
        boolean verbatim = true;
        for (int r = length, end = length + n; r < end; r++) {
            char c = chars[r];
            // below U+1680 only the no-break space is white space above ' ', and no wide-script letter or comma
            // but ',' and the Arabic one lies there: Latin, Arabic, Cyrillic... text takes this one test
            if (c > ' ' && c < '\u1680' && c != '\u00A0') {
                chars[w++] = c;
                commaCount += c == ',' || c == '،' ? 1 : 0;
                space = false;
            } else if (c <= ' ' ? (ASCII_SPACES & (1L << c)) != 0 : isSpace(c)) {
                if (w > 0 && !space) {
                    chars[w++] = ' ';
                    space = true;
                    spaces++;
                    verbatim &= c == ' ';
                } else {
                    verbatim = false;
                }
            } else {
                chars[w++] = c;
                extra += c >= 0x3040 && isWideScript(c) ? 2 : 0;
                commaCount += c >= 0x60C && (c == '،' || c == '，' || c == '、') ? 1 : 0;
                space = false;
            }
        }
        verbatimStart = start == 0 && verbatim ? node : null;
        length = w;
        endsWithSpace = space;
        countWritten(w - start, spaces, extra, commaCount);
    }

    /** Makes room for {@code n} more chars at the end of the block's text, at least doubling it. */
    private void ensureRoom(int n) {
        if (text.length < length + n) {
            text = Arrays.copyOf(text, Math.max(length + n, text.length * 2));
        }
    }

    /**
     * Adds the figures of the chars {@link #append} just wrote: {@code written} chars, of which
     * {@code spaces} are spaces, {@code extra} the wide-script chars' additional weight.
     */
    private void countWritten(int written, int spaces, int extra, int commaCount) {
        int added = written + extra;
        commas += commaCount;
        weight += added;
        if (linkDepth > 0) {
            linkWeight += added;
        }
        if (written > spaces) {
            visible = true;
            pendingBreak = false;
        }
    }

    /**
     * {@code c == '\u00A0' || Character.isWhitespace(c)} for {@code c >= 0x80}: no character below U+1680 but
     * the no-break space is white space there, so most non-Latin text skips the table lookup.
     */
    private static boolean isSpace(char c) {
        return c == '\u00A0' || c >= '\u1680' && Character.isWhitespace(c);
    }

    private void appendSpace() {
        if (length > 0 && !endsWithSpace) {
            ensureRoom(1); // length > 0 here, so this doubles the text as before
            text[length++] = ' ';
            endsWithSpace = true;
            weight++;
            if (linkDepth > 0) {
                linkWeight++;
            }
        }
    }

    /** Han and kana: one character carries about a word, so they weigh like three Latin letters. */
    static boolean isWideScript(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    private void flush() {
        if (visible) {
            Element owner = open.isEmpty() ? null : open.peek();
            // The text holds no white space but the single spaces appendSpace writes, never a leading one:
            // dropping a trailing space is what strip() did.
            int end = endsWithSpace ? length - 1 : length;
            // the chars [0, end) are the start node's own when it was copied unchanged and is all of them
            String value = verbatimStart != null && verbatimStart.length() == end ? verbatimStart : new String(text, 0, end);
            blocks.add(new TextBlock(value, owner, weight, Math.min(linkWeight, weight), commas, kindOf(owner)));
        }
        length = 0;
        endsWithSpace = false;
        verbatimStart = null;
        weight = 0;
        linkWeight = 0;
        commas = 0;
        visible = false;
        pendingBreak = false;
    }

    private static TextBlock.Kind kindOf(Element owner) {
        if (owner == null) {
            return TextBlock.Kind.OTHER;
        }
        return switch (owner.normalName()) {
            case "p", "pre" -> TextBlock.Kind.PARAGRAPH;
            case "h1" -> TextBlock.Kind.TITLE_HEADING;
            case "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "td", "th" -> TextBlock.Kind.CELL;
            default -> TextBlock.Kind.OTHER;
        };
    }
}
