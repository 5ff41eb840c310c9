package io.newspipe.streams.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells a page whose kept text is mostly the summaries of teaser cards: small elements that each hold a
 * linked headline (section and home pages), as opposed to prose that merely sits near links. An article's
 * paragraphs live in a body far larger than a card, so they never count. Stateless and thread-safe (per-page
 * state lives in the finder each call creates).
 */
final class CardGrid {
    private static final int MIN_CARDS = 4;
    private static final double CARD_SHARE = 0.7;
    private static final int CARD_DEPTH = 4;
    private static final int MAX_CARD_CHARS = 700;

    private CardGrid() {
    }

    /** True when at least {@value #MIN_CARDS} cards hold 70 % or more of the content's weight. */
    static boolean isCardGrid(MainContent content) {
        CardFinder finder = new CardFinder();
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
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

    /** What an element is to the card search. */
    enum Verdict { TOO_LONG, CARD, NEITHER }

    /**
     * Finds the teaser card around a block. Blocks of one page share ancestors, so each element's verdict is
     * computed once per page, by one walk of its subtree that measures its text (as jsoup's {@code text()}
     * would count it, stopping past the card size) and looks for a linked headline on the way: an h2–h4
     * below a link with an href, or such a link below an h2–h4, the element itself counting as an ancestor
     * but not as a match. That is what the selector {@code h2 a[href], h3 a[href], h4 a[href], a[href] h2,
     * a[href] h3, a[href] h4} run from the element found with jsoup's default (legacy) query mode, whose
     * descendant combinator looks no higher than the element searched from; the walk already holds each
     * node's ancestors, so the selector's climb from every element and its memo maps are not needed.
     */
    static final class CardFinder {
        private static final int OTHER = 0;
        private static final int HEADING = 1;
        private static final int LINK = 2;
        private final Map<Element, Verdict> verdicts = new IdentityHashMap<>();

        Element cardOf(Element owner) {
            Element e = owner;
            for (int depth = 0; e != null && depth < CARD_DEPTH; depth++, e = e.parent()) {
                Verdict verdict = verdicts.computeIfAbsent(e, CardFinder::verdict);
                if (verdict == Verdict.TOO_LONG) {
                    return null;
                }
                if (verdict == Verdict.CARD) {
                    return e;
                }
            }
            return null;
        }

        /** The element's verdict: too long for a card, a card (holds a linked headline), or neither. */
        static Verdict verdict(Element root) {
            int length = 0;
            boolean linkedHeadline = false;
            // h2–h4 and links with an href among the current node's ancestors, root included
            int[] open = new int[3];
            Node node = root;
            while (true) {
                int kind = OTHER;
                if (node instanceof TextNode text) {
                    length += PageClassifier.normalisedLength(text.getWholeText());
                    if (length > MAX_CARD_CHARS) {
                        return Verdict.TOO_LONG;
                    }
                } else if (node instanceof Element el) {
                    kind = kindOf(el);
                    linkedHeadline |= kind == HEADING && open[LINK] > 0 || kind == LINK && open[HEADING] > 0;
                }
                if (node.childNodeSize() > 0) {
                    open[kind]++;
                    node = node.childNode(0);
                    continue;
                }
                node = nextClimbing(node, root, open);
                if (node == null) {
                    return linkedHeadline ? Verdict.CARD : Verdict.NEITHER;
                }
            }
        }

        /**
         * The node after the childless {@code node} in document order within {@code root}'s subtree, or null;
         * each element climbed out of is taken off {@code open}.
         */
        private static Node nextClimbing(Node node, Node root, int[] open) {
            for (Node n = node; n != root; ) {
                Node sibling = n.nextSibling();
                if (sibling != null) {
                    return sibling;
                }
                n = n.parentNode();
                open[kindOf((Element) n)]--;
            }
            return null;
        }

        private static int kindOf(Element el) {
            String name = el.normalName();
            if (name.equals("h2") || name.equals("h3") || name.equals("h4")) {
                return HEADING;
            }
            return name.equals("a") && el.hasAttr("href") ? LINK : OTHER;
        }
    }
}
