package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    /**
     * The stats of the blocks' owners and their ancestors, made per {@link #locate} call. Elements are reached
     * through the chains and the stats' parent links, never looked up by element in a map.
     */
    private AncestorStats stats;
    private int totalProse;
    /**
     * Per block, the stats of its owner ({@link #measure}); its chain up to the body follows the parent links
     * (the body's stats has none).
     */
    private ElementStats[] owners;

    ContentLocator(Element body) {
        this.body = body;
    }

    /** The selected content roots; empty when no block scored. Marks furniture in {@code blocks}' owners. */
    List<Element> locate(List<TextBlock> blocks, List<Boolean> furnitureOut) {
        stats = new AncestorStats(body, blocks.size());
        measure(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            boolean furniture = insideFurniture(owners[i]);
            furnitureOut.add(furniture);
            if (!furniture) {
                measureClean(block, owners[i]);
                CandidateScores.add(block, owners[i]);
            }
        }
        List<ElementStats> scored = new ArrayList<>();
        // in the order the stats were made (document order): ties in score keep it through the stable sort
        for (ElementStats s : stats.all()) {
            if (s.scored) {
                s.score *= 1 - linkDensity(s);
                scored.add(s);
            }
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        scored.sort((a, b) -> Double.compare(b.score, a.score));
        ElementStats top = earliestCloseRival(scored);
        top = climbToBetterParent(commonAncestorOfRivals(top, scored));
        // climbs within the body: the stats' parent is null exactly there
        while (top.parent != null && top.element.parent().childrenSize() == 1) {
            top = top.parent;
        }
        return withSiblings(widenToProse(top));
    }

    /**
     * Whether block {@code index} of the last {@link #locate} lies inside one of the roots it returned. The
     * roots lie within the body, and a root that is the owner or an ancestor of a block is in that block's
     * chain of stats (owner up to the body): no climb through the tree and no look-up by element.
     */
    boolean withinRoots(int index) {
        for (ElementStats s = owners[index]; s != null; s = s.parent) {
            if (s.root) {
                return true;
            }
        }
        return false;
    }

    /** First pass: every block's weight, links and prose into all its ancestors; chains kept for the others. */
    private void measure(List<TextBlock> blocks) {
        owners = new ElementStats[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            ElementStats owner = stats.statsOf(block.owner());
            owners[i] = owner;
            int prose = isProse(block) ? block.weight() : 0;
            totalProse += prose;
            for (ElementStats s = owner; s != null; s = s.parent) {
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
    private void measureClean(TextBlock block, ElementStats owner) {
        int prose = isProse(block) ? block.weight() : 0;
        for (ElementStats s = owner; s != null; s = s.parent) {
            s.cleanWeight += block.weight();
            s.cleanLinkWeight += block.linkWeight();
            s.cleanProse += prose;
        }
    }

    /** Readability: when several close rivals share an ancestor with the top candidate, that ancestor wins. */
    private ElementStats commonAncestorOfRivals(ElementStats top, List<ElementStats> candidates) {
        double topScore = top.score;
        List<ElementStats> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(5, candidates.size()); i++) {
            if (candidates.get(i).score >= 0.75 * topScore) {
                rivals.add(candidates.get(i));
            }
        }
        if (rivals.size() < MIN_RIVALS) {
            return top;
        }
        for (ElementStats ancestor = top.parent; ancestor != null; ancestor = ancestor.parent) {
            int inside = 0;
            for (ElementStats rival : rivals) {
                inside += ArticleBoundaries.isInside(rival.element, ancestor.element) ? 1 : 0;
            }
            if (inside >= MIN_RIVALS) {
                return ancestor;
            }
        }
        return top;
    }

    /** Readability: climb to a parent that scores higher, as long as the scores stay above a third. */
    private ElementStats climbToBetterParent(ElementStats top) {
        double lastScore = top.score;
        double threshold = lastScore / 3;
        for (ElementStats s = top.parent; s != null; s = s.parent) {
            if (!s.scored) {
                continue;
            }
            if (s.score < threshold) {
                break;
            }
            if (s.score > lastScore) {
                return s;
            }
            lastScore = s.score;
        }
        return top;
    }

    /**
     * Climbs while the parent adds a fair amount of prose and little else: articles split into sections
     * around figures or ads score as several small candidates.
     */
    private ElementStats widenToProse(ElementStats top) {
        ElementStats current = top;
        ElementStats parent = current.parent;
        for (int level = 0; parent != null && level < MAX_PROSE_CLIMB; level++, parent = parent.parent) {
            int addedProse = parent.cleanProse - current.cleanProse;
            int addedAll = parent.cleanWeight - current.cleanWeight;
            if (addedProse >= MIN_ADDED_PROSE && addedProse >= ADDED_PROSE_SHARE * addedAll
                    && addedProse >= RELATIVE_ADDED_PROSE * current.cleanProse
                    && !ArticleBoundaries.holdsAnotherArticle(parent.element, current.element)) {
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
    private ElementStats earliestCloseRival(List<ElementStats> candidates) {
        ElementStats best = candidates.get(0);
        double bestScore = best.score;
        ElementStats chosen = best;
        for (int i = 1; i < Math.min(5, candidates.size()); i++) {
            ElementStats rival = candidates.get(i);
            if (rival.score >= CLOSE_RIVAL * bestScore && !ArticleBoundaries.isInside(rival.element, best.element)
                    && !ArticleBoundaries.isInside(best.element, rival.element) && rival.firstBlock < chosen.firstBlock) {
                chosen = rival;
            }
        }
        return chosen;
    }

    /** The content roots: {@code top} and the siblings that score alike or read as prose, each marked as a root. */
    private List<Element> withSiblings(ElementStats topStats) {
        topStats.root = true;
        Element top = topStats.element;
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = topStats.score;
        double threshold = Math.max(10, topScore * 0.2);
        // the children with stats come in the children's order: one index follows both lists
        List<ElementStats> siblingStats = stats.childrenOf(topStats.parent);
        int next = 0;
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            ElementStats s = next < siblingStats.size() && siblingStats.get(next).element == sibling
                    ? siblingStats.get(next++) : null;
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            if (s == null || isFurniture(sibling, s) || ArticleBoundaries.isAnotherStory(top, sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                s.root = true;
                out.add(sibling);
            } else if (sibling.normalName().equals("p") && s.cleanWeight > 0) {
                double density = linkDensity(s);
                if ((s.cleanWeight > 80 && density < 0.25) || (density == 0 && ArticleBoundaries.endsSentence(sibling.text()))) {
                    s.root = true;
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
    private boolean insideFurniture(ElementStats owner) {
        boolean inside = false;
        ElementStats answered = null;
        for (ElementStats s = owner; s != null; s = s.parent) {
            if (s.insideFurniture != null) {
                inside = s.insideFurniture;
                answered = s;
                break;
            }
            if (isFurniture(s.element, s)) {
                inside = true;
                answered = s.parent;
                break;
            }
        }
        // the verdict holds for the chain below the first element already answered (a furniture element included)
        for (ElementStats s = owner; s != answered; s = s.parent) {
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
        double linkShare = s.weight == 0 ? 0 : (double) s.linkWeight / s.weight;
        return e != body && Furniture.looksLikeFurniture(e, s.hint(), proseShare, linkShare);
    }

    /** Running prose: long enough, few links, not a heading. Furniture rarely holds much of it. */
    static boolean isProse(TextBlock block) {
        return block.weight() >= PROSE_WEIGHT && block.linkDensity() <= 0.25 && !block.isHeading();
    }

    private static double linkDensity(ElementStats s) {
        return s.cleanWeight == 0 ? 0 : (double) s.cleanLinkWeight / s.cleanWeight;
    }
}
