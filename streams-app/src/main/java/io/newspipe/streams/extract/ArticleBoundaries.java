package io.newspipe.streams.extract;

import org.jsoup.nodes.Element;

/**
 * Where one story ends and the next begins in a page's element tree, for {@link ContentLocator}: another
 * {@code <article>} beside the current one, a sibling story without its own headline (endless scroll), a
 * paragraph that ends a sentence. Stateless and thread-safe.
 */
final class ArticleBoundaries {
    private ArticleBoundaries() {
    }

    /** True when {@code parent} holds an {@code <article>} beside (not around or inside) {@code current}. */
    static boolean holdsAnotherArticle(Element parent, Element current) {
        for (Element article : parent.getElementsByTag("article")) {
            if (article != parent && !isInside(article, current) && !isInside(current, article)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sibling {@code <article>} without a headline of its own beside the {@code <article>} that has the
     * page's {@code <h1>} is the next story (endless scroll), not a continuation.
     */
    static boolean isAnotherStory(Element top, Element sibling) {
        return top.normalName().equals("article") && sibling.normalName().equals("article")
                && !top.getElementsByTag("h1").isEmpty() && sibling.getElementsByTag("h1").isEmpty();
    }

    /** Whether the text, stripped, ends with a full stop, question or exclamation mark (Latin, CJK, Arabic). */
    static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?。؟!".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Whether {@code ancestor} is {@code e} or one of its ancestors. */
    static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }
}
