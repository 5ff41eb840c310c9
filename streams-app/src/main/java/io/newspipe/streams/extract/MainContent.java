package io.newspipe.streams.extract;

import java.util.List;

/**
 * The main text of a page as blocks, with the figures that tell an article from a listing.
 *
 * @param blocks the kept blocks, in document order
 * @param weight total weight of the kept blocks
 * @param longParagraphs kept blocks of running prose (weight ≥ 150)
 * @param teaserLinks link-only headings and short linked blocks inside the content area
 */
record MainContent(List<TextBlock> blocks, int weight, int longParagraphs, int teaserLinks) {
    MainContent {
        blocks = List.copyOf(blocks);
    }

    static MainContent empty() {
        return new MainContent(List.of(), 0, 0, 0);
    }
}
