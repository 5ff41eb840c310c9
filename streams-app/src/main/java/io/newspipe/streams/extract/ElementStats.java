package io.newspipe.streams.extract;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/** Running figures of one element while {@link ContentLocator} scores a page. Mutable; one page only. */
final class ElementStats {
    /** The element these figures are about. */
    final Element element;
    /** The stats of the element's parent, or null for the body (the top of every chain). */
    final ElementStats parent;
    /** Weight of all text below, links and prose among it. */
    int weight;
    int linkWeight;
    int proseWeight;
    /** Index of the first block below, for document order. */
    int firstBlock = -1;
    /** The same figures without furniture. */
    int cleanWeight;
    int cleanLinkWeight;
    int cleanProse;
    /** Readability-style content score, once the element is a candidate. */
    double score;
    boolean scored;
    /** Whether the element is one of the content roots {@link ContentLocator#locate} returned. */
    boolean root;
    /** Memoised furniture verdict, null until asked. */
    Boolean furniture;
    /** Memoised verdict "this element or an ancestor is furniture", null until asked. */
    Boolean insideFurniture;

    /** Memoised {@link BoilerplateCues#hint} of the element's class and id, null until asked. */
    private BoilerplateCues.Hint hint;
    /** The page's hints by class and id text, shared by all of its elements' stats. */
    private final HintMemo memo;

    ElementStats(Element element, ElementStats parent, HintMemo memo) {
        this.element = element;
        this.parent = parent;
        this.memo = memo;
    }

    /** How the element's class and id read, looked up once: furniture and scoring both ask. */
    BoilerplateCues.Hint hint() {
        if (hint == null) {
            // className() and id(): parsed HTML attribute names are lower case, so exact-key reads (no
            // case-blind scan of the keys) find the same values; no attributes reads as neither
            Attributes attrs = element.attributesSize() == 0 ? null : element.attributes();
            hint = attrs == null ? BoilerplateCues.Hint.NONE : memo.hint(attrs.get("class").trim(), attrs.get("id"));
        }
        return hint;
    }
}
