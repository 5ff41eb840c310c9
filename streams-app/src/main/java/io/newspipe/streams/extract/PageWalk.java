package io.newspipe.streams.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * One walk over a parsed page that feeds both {@link PageScan} (every element) and {@link BlockSegmenter}
 * (the body's nodes, minus the subtrees it skips), with exactly what {@code PageScan.of} and
 * {@code BlockSegmenter.segment(body)} would each see. Why: a page's tree is scattered over memory and
 * walking it is mostly waiting for cache misses, so one walk instead of two.
 * Iterative (pages can nest 100,000 levels deep). Not thread-safe; one walk per page.
 *
 * @param document the page walked
 * @param scan what the metadata extractor reads
 * @param blocks the body's text blocks, in document order; empty without a body
 */
record PageWalk(Document document, PageScan scan, List<TextBlock> blocks) {

    static PageWalk of(Document doc) {
        Walker walker = new Walker(doc);
        Node node = doc;
        while (true) {
            walker.enter(node);
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            Node next = null;
            while (next == null) {
                walker.leave(node);
                if (node == doc) {
                    return new PageWalk(doc, walker.scan, walker.blocks());
                }
                next = node.nextSibling();
                if (next == null) {
                    node = node.parentNode();
                }
            }
            node = next;
        }
    }

    /** Routes each node to the scan and, inside the body and outside skipped subtrees, to the segmenter. */
    private static final class Walker {
        final PageScan scan;
        private final Element body;
        private final BlockSegmenter segmenter;
        /** Whether the segmenter sees the current node: inside the body and not in a skipped subtree. */
        private boolean segmenting;
        /** The element whose subtree the segmenter skips, or null. */
        private Node skipped;

        Walker(Document doc) {
            this.scan = new PageScan(doc);
            this.body = doc.body();
            this.segmenter = body == null ? null : BlockSegmenter.rootedAt(body);
        }

        void enter(Node node) {
            if (node instanceof Element el) {
                scan.visit(el);
            }
            if (node == body) {
                segmenting = true;
            }
            if (segmenting && segmenter.head(node, depth(node)) == FilterResult.SKIP_ENTIRELY) {
                // as in NodeTraversor.filter: neither its children nor its tail
                segmenting = false;
                skipped = node;
            }
        }

        void leave(Node node) {
            if (node == skipped) {
                skipped = null;
                segmenting = node != body;
                return;
            }
            if (segmenting) {
                segmenter.tail(node, depth(node));
                if (node == body) {
                    segmenting = false;
                }
            }
        }

        /** The segmenter only tells its root (depth 0) from what lies below it. */
        private int depth(Node node) {
            return node == body ? 0 : 1;
        }

        List<TextBlock> blocks() {
            return segmenter == null ? List.of() : segmenter.finish();
        }
    }
}
