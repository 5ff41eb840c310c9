package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The {@link ElementStats} of a page's block owners and their ancestors up to the body, made in document order
 * as {@link ContentLocator} asks for each block's chain. Why no map from element to stats: blocks come in
 * document order, so the elements open around the current block form one path from the body down, and the
 * stats of the element last seen at each depth of that path are all a block can share with earlier blocks
 * (an element seen before but no longer at its depth on the path is closed and never comes back). A chain
 * is then the owner's climb to the body, compared by identity against that path from the owner up until the
 * first element already known: no hashing, no probe. Not thread-safe: one per page.
 */
final class AncestorStats {
    private final Element body;
    private final HintMemo hints = new HintMemo();
    /** Every stats made, in the order made (document order of each element's first block). */
    private final List<ElementStats> all;
    /** {@code open[d]}: the stats of the element last seen at depth {@code d} below the body (0: the body). */
    private ElementStats[] open = new ElementStats[32];
    /** Scratch: the current owner's climb, owner first. */
    private Element[] climb = new Element[32];
    /** The last owner asked about and its stats: blocks cut at a double line break share them. */
    private Element lastOwner;
    private ElementStats lastStats;

    /** Stats for the blocks under {@code body}; {@code blocks}, their count, sizes the list of stats made. */
    AncestorStats(Element body, int blocks) {
        this.body = body;
        // presized from the block count (a block brings at most its owner and that owner's new ancestors): the
        // list regrows less often, which was most of the locator's ArrayList garbage
        this.all = new ArrayList<>(blocks + 16);
    }

    /** Every stats made so far, in the order made. */
    List<ElementStats> all() {
        return all;
    }

    /**
     * The stats of {@code owner}, made with those of its ancestors up to the body that were not met before; the
     * rest of its chain (owner up to the body) follows the {@link ElementStats#parent} links. Owners must come
     * in document order (the blocks' order). Why no chain array per block: the links already are the chain.
     */
    ElementStats statsOf(Element owner) {
        if (owner == lastOwner && lastStats != null) {
            return lastStats;
        }
        int length = 0;
        for (Element e = owner; e != null; e = e == body ? null : e.parent()) {
            if (length == climb.length) {
                climb = Arrays.copyOf(climb, 2 * length);
            }
            climb[length++] = e;
        }
        if (open.length < length) {
            open = Arrays.copyOf(open, Math.max(length, 2 * open.length));
        }
        // climb[j] lies at depth length - 1 - j; once one is known, so are all above it (its parent links)
        int known = 0;
        while (known < length && (open[length - 1 - known] == null || open[length - 1 - known].element != climb[known])) {
            known++;
        }
        ElementStats stats = known < length ? open[length - 1 - known] : null;
        for (int j = known - 1; j >= 0; j--) {
            stats = new ElementStats(climb[j], stats, hints);
            open[length - 1 - j] = stats;
            all.add(stats);
        }
        Arrays.fill(climb, 0, length, null);
        lastOwner = owner;
        lastStats = stats;
        return stats;
    }

    /**
     * The stats of the children of {@code parent}'s element that have stats, in document order. Few elements ask
     * (the siblings of the chosen content root), so one pass over the stats made rather than a map kept for all;
     * the stats were made in document order of each element's first block, which for siblings is theirs.
     */
    List<ElementStats> childrenOf(ElementStats parent) {
        List<ElementStats> children = new ArrayList<>();
        for (ElementStats s : all) {
            if (s.parent == parent) {
                children.add(s);
            }
        }
        return children;
    }
}
