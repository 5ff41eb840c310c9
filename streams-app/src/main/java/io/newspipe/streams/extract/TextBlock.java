package io.newspipe.streams.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries (paragraph, heading, list item, double line break...).
 *
 * @param text the text, whitespace collapsed
 * @param owner the innermost block element holding the text
 * @param weight the text's length, with CJK characters counted three times (they carry a word each)
 * @param linkWeight the weight of the text inside links
 * @param commas commas in any script (, ، ， 、), a sign of running prose
 * @param kind what kind of element holds the text
 */
record TextBlock(String text, Element owner, int weight, int linkWeight, int commas, Kind kind) {
    /** The kind of element that holds a block. */
    enum Kind { PARAGRAPH, HEADING, TITLE_HEADING, LIST_ITEM, QUOTE, CELL, OTHER }

    /** Share of the block's text inside links. */
    double linkDensity() {
        return weight == 0 ? 0 : (double) linkWeight / weight;
    }

    boolean isHeading() {
        return kind == Kind.HEADING || kind == Kind.TITLE_HEADING;
    }
}
