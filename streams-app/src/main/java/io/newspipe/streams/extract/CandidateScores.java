package io.newspipe.streams.extract;

import org.jsoup.nodes.Element;

/**
 * The Readability-style scoring rules {@link ContentLocator} applies to each block's ancestors (split from it to
 * keep each class readable; the rules and their order are unchanged). Stateless and thread-safe; the figures it
 * writes live in the page's {@link ElementStats}.
 */
final class CandidateScores {
    private static final int MAX_LEVELS = 5;
    private static final int MIN_SCORING_WEIGHT = 25;

    private CandidateScores() {
    }

    /**
     * Scores the ancestors of a block ({@code owner}'s stats, then up the parent links to the body): the owner of a generic
     * block, or the parent of a paragraph, cell or quote, gets the block's score, each level above less, up to
     * {@link #MAX_LEVELS} levels. Blocks too light, mostly links, headings and list items score nothing.
     */
    static void add(TextBlock block, ElementStats owner) {
        if (block.weight() < MIN_SCORING_WEIGHT || block.linkDensity() >= 0.5 || block.isHeading()
                || block.kind() == TextBlock.Kind.LIST_ITEM) {
            return;
        }
        double score = 1 + block.commas() + Math.min(block.weight() / 100, 3);
        ElementStats s = block.kind() == TextBlock.Kind.OTHER ? owner : owner.parent;
        for (int level = 0; s != null && level < MAX_LEVELS; level++, s = s.parent) {
            if (!s.scored) {
                s.scored = true;
                s.score += initialScore(s);
            }
            s.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        }
    }

    /** Tag, class/id cue and itemprop bonus an element starts with when it first scores. */
    private static double initialScore(ElementStats s) {
        Element e = s.element;
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        base += switch (s.hint()) {
            case POSITIVE -> 25;
            case WEAK_NEGATIVE, STRONG_NEGATIVE -> -25;
            default -> 0;
        };
        // e.attr("itemprop") read by its exact key, as parsed HTML attribute names are lower case
        if (e.attributesSize() > 0 && "articleBody".equalsIgnoreCase(e.attributes().get("itemprop"))) {
            base += 25;
        }
        return base;
    }
}
