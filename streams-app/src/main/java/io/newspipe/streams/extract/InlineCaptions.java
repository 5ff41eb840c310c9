package io.newspipe.streams.extract;

import org.jsoup.nodes.Element;

/**
 * Captions set inline in the body: a {@code <span class="caption">} (or "imgCaption", "photo-credit"...)
 * inside the block of a paragraph or an embed is part of that block's text, so the class cues, which read
 * block elements and their ancestors, never see it; {@link BlockSegmenter} skips such an element whole.
 * Stateless and thread-safe.
 */
final class InlineCaptions {
    private InlineCaptions() {
    }

    /** Whether the class of {@code element} holds "caption" or "credit" (first letter either case). */
    static boolean isCaption(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        String cls = element.attributes().get("class");
        return !cls.isEmpty() && (holds(cls, "aption") || holds(cls, "redit"));
    }

    /** Whether {@code cls} holds "c" or "C" followed by {@code tail}, with no lower-cased copy of it. */
    private static boolean holds(String cls, String tail) {
        for (int i = cls.indexOf(tail, 1); i > 0; i = cls.indexOf(tail, i + 1)) {
            char c = cls.charAt(i - 1);
            if (c == 'c' || c == 'C') {
                return true;
            }
        }
        return false;
    }
}
