package io.newspipe.streams.extract;

import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which blocks of the content area are article text, jusText-style: long prose with few links is
 * good, link-heavy or cue-labelled blocks are bad, and short blocks and headings follow their neighbours
 * (kept between good blocks, dropped at the edges). A section label such as "Related" or "كلمات دلالية"
 * drops the teasers and tags that follow it until real prose resumes. Stateless and thread-safe.
 */
final class BlockFilter {
    private static final int GOOD_WEIGHT = 80;
    private static final int CUE_WEIGHT = 200;
    private static final int TITLE_SLACK = 12;
    private static final int RESUME_WEIGHT = 150;
    private static final double GOOD_DENSITY = 0.25;
    private static final double BAD_DENSITY = 0.5;

    /** GOOD and BAD decide alone; SHORT follows its neighbours; NOISE (ads, "read also" lines) is dropped
     * and is invisible to its neighbours. */
    enum Verdict { GOOD, BAD, SHORT, NOISE }

    private BlockFilter() {
    }

    /** The kept blocks, in order; {@code title} (may be null) is dropped where it repeats. */
    static List<TextBlock> filter(List<TextBlock> blocks, String title) {
        String foldedTitle = title == null ? "" : MatchingText.fold(title);
        Verdict[] verdicts = new Verdict[blocks.size()];
        boolean skipping = false;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            BoilerplateCues.Label label = block.weight() < CUE_WEIGHT ? BoilerplateCues.label(block.text())
                    : BoilerplateCues.Label.NONE;
            Verdict v = classify(block, label, foldedTitle);
            if (label == BoilerplateCues.Label.SECTION) {
                skipping = true;
                v = Verdict.BAD;
            } else if (skipping && resumes(block, v)) {
                skipping = false;
            } else if (skipping) {
                v = Verdict.BAD;
            }
            verdicts[i] = v;
        }
        List<TextBlock> out = new ArrayList<>();
        Map<Integer, List<String>> seen = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (keep(verdicts, blocks, i) && firstOfItsText(seen, blocks.get(i).text())) {
                out.add(blocks.get(i));
            }
        }
        while (!out.isEmpty() && BoilerplateCues.isTailNotice(out.get(out.size() - 1).text())) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * {@code seen.add(text)} for a set of the texts kept so far, with the texts grouped by length: equal
     * texts have equal lengths, so no text is hashed whole (hashing every kept text cost more than the rest
     * of the filter) and equals only compares texts of the same length.
     */
    private static boolean firstOfItsText(Map<Integer, List<String>> seen, String text) {
        List<String> sameLength = seen.computeIfAbsent(text.length(), length -> new ArrayList<>(1));
        // by index: the JIT left an iterator object per call here
        for (int i = 0; i < sameLength.size(); i++) {
            if (sameLength.get(i).equals(text)) {
                return false;
            }
        }
        sameLength.add(text);
        return true;
    }

    static Verdict classify(TextBlock block, String foldedTitle) {
        BoilerplateCues.Label label = block.weight() < CUE_WEIGHT ? BoilerplateCues.label(block.text())
                : BoilerplateCues.Label.NONE;
        return classify(block, label, foldedTitle);
    }

    private static Verdict classify(TextBlock block, BoilerplateCues.Label label, String foldedTitle) {
        if (label != BoilerplateCues.Label.NONE || block.text().startsWith("©")) {
            return Verdict.NOISE;
        }
        double density = block.linkDensity();
        if (block.kind() == TextBlock.Kind.TITLE_HEADING || density > BAD_DENSITY) {
            return Verdict.BAD;
        }
        if (!foldedTitle.isEmpty() && Math.abs(block.text().length() - foldedTitle.length()) <= TITLE_SLACK
                && MatchingText.fold(block.text()).equals(foldedTitle)) {
            return Verdict.BAD;
        }
        if (block.isHeading()) {
            return Verdict.SHORT;
        }
        if (block.weight() >= GOOD_WEIGHT && density <= GOOD_DENSITY) {
            return Verdict.GOOD;
        }
        int unlinked = block.weight() - block.linkWeight();
        return unlinked >= GOOD_WEIGHT && density <= BAD_DENSITY ? Verdict.GOOD : Verdict.SHORT;
    }

    private static boolean resumes(TextBlock block, Verdict v) {
        return v == Verdict.GOOD && block.weight() >= RESUME_WEIGHT && block.linkDensity() < 0.1
                && block.kind() != TextBlock.Kind.LIST_ITEM && !block.isHeading();
    }

    private static boolean keep(Verdict[] verdicts, List<TextBlock> blocks, int i) {
        if (verdicts[i] != Verdict.SHORT) {
            return verdicts[i] == Verdict.GOOD;
        }
        Verdict before = neighbour(verdicts, i, -1);
        Verdict after = neighbour(verdicts, i, 1);
        if (blocks.get(i).isHeading()) {
            return before == Verdict.GOOD && after == Verdict.GOOD;
        }
        TextBlock block = blocks.get(i);
        boolean sentence = endsSentence(block.text());
        if (before == Verdict.GOOD && after == Verdict.GOOD) {
            return true;
        }
        return (before == Verdict.GOOD || after == Verdict.GOOD) && sentence && block.linkDensity() == 0
                && block.weight() >= 20;
    }

    private static Verdict neighbour(Verdict[] verdicts, int i, int step) {
        for (int j = i + step; j >= 0 && j < verdicts.length; j += step) {
            if (verdicts[j] != Verdict.SHORT && verdicts[j] != Verdict.NOISE) {
                return verdicts[j];
            }
        }
        return null;
    }

    static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?。؟！？:;\"”»'’…".indexOf(last) >= 0;
    }
}
