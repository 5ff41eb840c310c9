package io.newspipe.streams.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Page furniture: navigation, asides, footers, figures, and elements whose class or id reads as share
 * bars, related boxes, comments, ads... An element only counts as furniture while it holds a small share of
 * the page's prose, so a mislabelled wrapper ("modal-enabled", "entry-content-read-more") never hides the
 * story. Stateless and thread-safe.
 */
final class Furniture {
    private static final double STRONG_SHARE = 0.5;
    private static final double WEAK_SHARE = 0.3;
    /** At most this share of link text makes a list one of items rather than of links. */
    private static final double UNLINKED_LIST = 0.2;
    private static final Set<String> STRONG_TAGS = Set.of("nav", "aside", "footer", "figure", "figcaption", "menu");
    private static final Set<String> WEAK_TAGS = Set.of("header");

    private Furniture() {
    }

    /**
     * True for an element that reads as furniture and holds less prose than its cue allows, given the
     * {@link BoilerplateCues#hint} of its class and id and the share of its text that is link text.
     */
    static boolean looksLikeFurniture(Element e, BoilerplateCues.Hint hint, double proseShare, double linkShare) {
        String tag = e.normalName();
        if (hint == BoilerplateCues.Hint.STRONG_NEGATIVE || STRONG_TAGS.contains(tag)) {
            return proseShare < STRONG_SHARE;
        }
        if (hint == BoilerplateCues.Hint.WEAK_NEGATIVE && isUnlinkedList(tag, linkShare)) {
            // "list" and the like name a list's looks (WordPress's wp-block-list is every list of a post):
            // a list of plain items is text, the lists of furniture are lists of links
            return false;
        }
        if (hint == BoilerplateCues.Hint.WEAK_NEGATIVE || WEAK_TAGS.contains(tag)
                || hint == BoilerplateCues.Hint.POSITIVE && ClassHeadWord.namesHeaderPart(e.className())) {
            return proseShare < WEAK_SHARE;
        }
        return false;
    }

    private static boolean isUnlinkedList(String tag, double linkShare) {
        return linkShare < UNLINKED_LIST && (tag.equals("ul") || tag.equals("ol"));
    }
}
