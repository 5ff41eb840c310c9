package io.newspipe.streams.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells, without building it, that {@code Element.text()} of an element is longer than a limit: a byline
 * or date candidate that turns out to be a whole article container need not have its text assembled only
 * to be found too long. {@code text()} keeps every character of the element's text nodes except white
 * space (collapsed, trimmed) and the invisible soft hyphen and zero-width space, so the count of the
 * others is a lower bound of its length. Stateless and thread-safe.
 */
final class VisibleText {
    private VisibleText() {
    }

    /**
     * Whether {@code e.text().length() > limit} is certain from a count alone; false means "maybe not",
     * so the caller still checks the text itself.
     */
    static boolean surelyLongerThan(Element e, int limit) {
        int count = 0;
        // iterative walk of the subtree: pages can nest deeper than the stack allows
        Node node = e;
        while (node != null) {
            if (node instanceof TextNode t) {
                count += kept(t.getWholeText());
                if (count > limit) {
                    return true;
                }
            }
            node = next(node, e);
        }
        return false;
    }

    private static Node next(Node node, Element root) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        Node n = node;
        while (n != root) {
            Node sibling = n.nextSibling();
            if (sibling != null) {
                return sibling;
            }
            n = n.parentNode();
        }
        return null;
    }

    /** Characters of {@code s} that {@code text()} keeps whatever their neighbours. */
    private static int kept(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD') {
                n++;
            }
        }
        return n;
    }
}
