package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text of a parsed page: segments the body into blocks once, locates the content area
 * with {@link ContentLocator}, and keeps the article's blocks with {@link BlockFilter}. Reads the DOM,
 * never changes it. Stateless and thread-safe (per-page state lives in the objects it creates).
 */
public final class MainContentExtractor {
    private static final int LONG_PARAGRAPH = 150;

    /** The main content under {@code body}; {@code title} (nullable) is dropped where the body repeats it. */
    MainContent extract(Element body, String title) {
        Objects.requireNonNull(body, "body");
        return extract(body, BlockSegmenter.segment(body), title);
    }

    /** Like {@link #extract(Element, String)} over the blocks of {@code body} the caller already cut. */
    MainContent extract(Element body, List<TextBlock> blocks, String title) {
        Objects.requireNonNull(body, "body");
        if (blocks.isEmpty()) {
            return MainContent.empty();
        }
        List<Boolean> furniture = new ArrayList<>(blocks.size());
        ContentLocator locator = new ContentLocator(body);
        List<Element> roots = locator.locate(blocks, furniture);
        if (roots.isEmpty()) {
            return MainContent.empty();
        }
        List<TextBlock> inside = new ArrayList<>();
        int teasers = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (furniture.get(i) || !locator.withinRoots(i)) {
                continue;
            }
            inside.add(block);
            if (block.linkDensity() > 0.8 && (block.isHeading() || block.weight() < 120)) {
                teasers++;
            }
        }
        List<TextBlock> kept = BlockFilter.filter(inside, title);
        int weight = 0;
        int longParagraphs = 0;
        for (TextBlock block : kept) {
            weight += block.weight();
            longParagraphs += block.weight() >= LONG_PARAGRAPH ? 1 : 0;
        }
        return new MainContent(kept, weight, longParagraphs, teasers);
    }
}
