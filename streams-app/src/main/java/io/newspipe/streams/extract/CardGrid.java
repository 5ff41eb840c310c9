package io.newspipe.streams.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
    private enum Verdict { TOO_LONG, CARD, NEITHER }

    /**
     * Finds the teaser card around a block. Blocks of one page share ancestors, so each element's verdict is
     * computed once per page, by one walk of its subtree that measures its text (as jsoup's {@code text()}
     * would count it, stopping past the card size) and notes whether it holds an h2–h4 and a link with an
     * href. Only an element holding both can match the linked-headline selector, so only then is the
     * selector run; most paragraphs of an article hold neither.
     */
    private static final class CardFinder {
        private static final Evaluator LINKED_HEADLINE = QueryParser.parse(
                "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");
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

        private static Verdict verdict(Element root) {
            int length = 0;
            boolean heading = false;
            boolean link = false;
            Node node = root;
            while (true) {
                if (node instanceof TextNode text) {
                    length += PageClassifier.normalisedLength(text.getWholeText());
                    if (length > MAX_CARD_CHARS) {
                        return Verdict.TOO_LONG;
                    }
                } else if (node instanceof Element el) {
                    String name = el.normalName();
                    heading |= name.equals("h2") || name.equals("h3") || name.equals("h4");
                    link |= name.equals("a") && el.hasAttr("href");
                }
                node = next(node, root);
                if (node == null) {
                    break;
                }
            }
            return heading && link && root.selectFirst(LINKED_HEADLINE) != null ? Verdict.CARD : Verdict.NEITHER;
        }

        /** The node after {@code node} in document order within {@code root}'s subtree, or null. */
        private static Node next(Node node, Node root) {
            if (node.childNodeSize() > 0) {
                return node.childNode(0);
            }
            for (Node n = node; n != root; n = n.parentNode()) {
                Node sibling = n.nextSibling();
                if (sibling != null) {
                    return sibling;
                }
            }
            return null;
        }
    }
}
