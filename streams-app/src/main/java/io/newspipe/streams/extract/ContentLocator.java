package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the main text, Readability-style: blocks of prose score their ancestors
 * (more for commas and length, decaying with distance), class/id cues and tags shift the scores, link
 * density scales them down, and the best candidate is widened to a shared ancestor or joined by siblings
 * that score alike ({@link CandidateScores} holds the scoring rules). Furniture (navigation, asides, share
 * bars, related boxes...) is marked first so it neither scores nor shows, unless it would hold most of the
 * page's text. Not thread-safe: one per page.
 */
final class ContentLocator {
    private static final int MIN_RIVALS = 3;
    private static final double CLOSE_RIVAL = 0.8;
    private static final int MIN_ADDED_PROSE = 150;
    private static final int MAX_PROSE_CLIMB = 3;
    private static final double ADDED_PROSE_SHARE = 0.7;
    private static final double RELATIVE_ADDED_PROSE = 0.3;
    private static final int PROSE_WEIGHT = 80;

    private final Element body;
    /** Made per {@link #locate} call, sized for about two elements per block (growing it cost more than its lookups). */
    private Map<Element, ElementStats> stats = new IdentityHashMap<>();
    /** Scratch list of {@link #insideFurniture}. */
    private final List<ElementStats> chain = new ArrayList<>();
    private int totalProse;
    /** Per block, the stats of its owner and ancestors up to the body ({@link #measure}). */
    private ElementStats[][] chains;
    /** Made once: a method reference that captures {@code this} is a new object at every use. */
    private final UnaryOperator<Element> parentWithin = this::parentWithin;
    private final Function<Element, ElementStats> statsOf = this::stats;
    private final HintMemo hints = new HintMemo();
    private final Function<Element, ElementStats> newStats = e -> new ElementStats(e, hints);

    ContentLocator(Element body) {
        this.body = body;
    }

    /** The selected content roots; empty when no block scored. Marks furniture in {@code blocks}' owners. */
    List<Element> locate(List<TextBlock> blocks, List<Boolean> furnitureOut) {
        stats = new IdentityHashMap<>(2 * blocks.size() + 16);
        measure(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            boolean furniture = insideFurniture(chains[i]);
            furnitureOut.add(furniture);
            if (!furniture) {
                measureClean(block, chains[i]);
                CandidateScores.add(block, chains[i]);
            }
        }
        List<ElementStats> scored = new ArrayList<>();
        for (ElementStats s : stats.values()) {
            if (s.scored) {
                s.score *= 1 - linkDensity(s);
                scored.add(s);
            }
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        // sorted as stats, not as elements: no two map lookups per comparison (a stable sort either way)
        scored.sort((a, b) -> Double.compare(b.score, a.score));
        List<Element> candidates = new ArrayList<>(scored.size());
        scored.forEach(s -> candidates.add(s.element));
        Element top = earliestCloseRival(candidates);
        top = climbToBetterParent(commonAncestorOfRivals(top, candidates));
        while (parentWithin(top) != null && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        List<Element> roots = withSiblings(widenToProse(top));
        for (Element root : roots) {
            ElementStats s = stats.get(root);
            if (s != null) {
                s.root = true;
            }
        }
        return roots;
    }

    /**
     * Whether block {@code index} of the last {@link #locate} lies inside one of the roots it returned. The
     * roots lie within the body, and a root that is the owner or an ancestor of a block is in that block's
     * chain of stats (owner up to the body): no climb through the tree and no look-up by element.
     */
    boolean withinRoots(int index) {
        for (ElementStats s : chains[index]) {
            if (s.root) {
                return true;
            }
        }
        return false;
    }

    /** First pass: every block's weight, links and prose into all its ancestors; chains kept for the others. */
    private void measure(List<TextBlock> blocks) {
        chains = new ElementStats[blocks.size()][];
        ElementStats[] previous = new ElementStats[0];
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            ElementStats[] chain = ElementStats.chain(block.owner(), previous, parentWithin, statsOf);
            chains[i] = previous = chain;
            int prose = isProse(block) ? block.weight() : 0;
            totalProse += prose;
            for (ElementStats s : chain) {
                if (s.firstBlock < 0) {
                    s.firstBlock = i;
                }
                s.weight += block.weight();
                s.linkWeight += block.linkWeight();
                s.proseWeight += prose;
            }
        }
    }

    /** Second pass, furniture left out: the figures that link density and widening use. */
    private void measureClean(TextBlock block, ElementStats[] chain) {
        int prose = isProse(block) ? block.weight() : 0;
        for (ElementStats s : chain) {
            s.cleanWeight += block.weight();
            s.cleanLinkWeight += block.linkWeight();
            s.cleanProse += prose;
        }
    }

    /** Readability: when several close rivals share an ancestor with the top candidate, that ancestor wins. */
    private Element commonAncestorOfRivals(Element top, List<Element> candidates) {
        double topScore = stats.get(top).score;
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(5, candidates.size()); i++) {
            if (stats.get(candidates.get(i)).score >= 0.75 * topScore) {
                rivals.add(candidates.get(i));
            }
        }
        if (rivals.size() < MIN_RIVALS) {
            return top;
        }
        for (Element ancestor = parentWithin(top); ancestor != null; ancestor = parentWithin(ancestor)) {
            int inside = 0;
            for (Element rival : rivals) {
                inside += ArticleBoundaries.isInside(rival, ancestor) ? 1 : 0;
            }
            if (inside >= MIN_RIVALS) {
                return ancestor;
            }
        }
        return top;
    }

    /** Readability: climb to a parent that scores higher, as long as the scores stay above a third. */
    private Element climbToBetterParent(Element top) {
        double lastScore = stats(top).score;
        double threshold = lastScore / 3;
        for (Element parent = parentWithin(top); parent != null; parent = parentWithin(parent)) {
            ElementStats s = stats.get(parent);
            if (s == null || !s.scored) {
                continue;
            }
            if (s.score < threshold) {
                break;
            }
            if (s.score > lastScore) {
                return parent;
            }
            lastScore = s.score;
        }
        return top;
    }

    /**
     * Climbs while the parent adds a fair amount of prose and little else: articles split into sections
     * around figures or ads score as several small candidates.
     */
    private Element widenToProse(Element top) {
        Element current = top;
        Element parent = parentWithin(current);
        for (int level = 0; parent != null && level < MAX_PROSE_CLIMB; level++, parent = parentWithin(parent)) {
            ElementStats inner = stats(current);
            ElementStats outer = stats(parent);
            int addedProse = outer.cleanProse - inner.cleanProse;
            int addedAll = outer.cleanWeight - inner.cleanWeight;
            if (addedProse >= MIN_ADDED_PROSE && addedProse >= ADDED_PROSE_SHARE * addedAll
                    && addedProse >= RELATIVE_ADDED_PROSE * inner.cleanProse && !ArticleBoundaries.holdsAnotherArticle(parent, current)) {
                current = parent;
                level = 0;
            }
        }
        return current;
    }

    /**
     * The main story comes before the next story of an endless-scroll page or a "read also" teaser with
     * its own paragraphs: of separate candidates scoring within 20 % of the best, the earliest wins.
     */
    private Element earliestCloseRival(List<Element> candidates) {
        Element best = candidates.get(0);
        double bestScore = stats.get(best).score;
        Element chosen = best;
        for (int i = 1; i < Math.min(5, candidates.size()); i++) {
            Element rival = candidates.get(i);
            if (stats.get(rival).score >= CLOSE_RIVAL * bestScore && !ArticleBoundaries.isInside(rival, best) && !ArticleBoundaries.isInside(best, rival)
                    && stats.get(rival).firstBlock < stats.get(chosen).firstBlock) {
                chosen = rival;
            }
        }
        return chosen;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = stats(top).score;
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            ElementStats s = stats.get(sibling);
            if (s == null || isFurniture(sibling, s) || ArticleBoundaries.isAnotherStory(top, sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p") && s.cleanWeight > 0) {
                double density = linkDensity(s);
                if ((s.cleanWeight > 80 && density < 0.25) || (density == 0 && ArticleBoundaries.endsSentence(sibling.text()))) {
                    out.add(sibling);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether the element or an ancestor is furniture, memoised per element: blocks share their ancestors,
     * so each chain is walked only up to the first element already answered.
     */
    private boolean insideFurniture(ElementStats[] ancestry) {
        chain.clear();
        boolean inside = false;
        for (ElementStats s : ancestry) {
            if (s.insideFurniture != null) {
                inside = s.insideFurniture;
                break;
            }
            chain.add(s);
            if (isFurniture(s.element, s)) {
                inside = true;
                break;
            }
        }
        for (ElementStats s : chain) {
            s.insideFurniture = inside;
        }
        return inside;
    }

    private boolean isFurniture(Element e, ElementStats s) {
        if (s.furniture == null) {
            s.furniture = computeFurniture(e, s);
        }
        return s.furniture;
    }

    private boolean computeFurniture(Element e, ElementStats s) {
        double proseShare = totalProse == 0 ? 0 : (double) s.proseWeight / totalProse;
        return e != body && Furniture.looksLikeFurniture(e, s.hint(), proseShare);
    }

    /** Running prose: long enough, few links, not a heading. Furniture rarely holds much of it. */
    static boolean isProse(TextBlock block) {
        return block.weight() >= PROSE_WEIGHT && block.linkDensity() <= 0.25 && !block.isHeading();
    }

    private Element parentWithin(Element e) {
        return e == body ? null : e.parent();
    }

    private ElementStats stats(Element e) {
        return stats.computeIfAbsent(e, newStats);
    }

    private static double linkDensity(ElementStats s) {
        return s.cleanWeight == 0 ? 0 : (double) s.cleanLinkWeight / s.cleanWeight;
    }
}
