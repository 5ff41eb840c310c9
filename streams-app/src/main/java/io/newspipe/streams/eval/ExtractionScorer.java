package io.newspipe.streams.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores extracted text against ground truth with the article-extraction benchmark's method: tokens are
 * runs of {@code [\p{L}\p{N}_]} (Arabic diacritics U+064B–U+065F, U+0670 and tatweel U+0640 dropped
 * first), compared as multisets of 4-token shingles; each page's counts are normalised so every page
 * weighs the same; precision and recall are averaged over pages and F1 is taken of the averages.
 * Stateless and thread-safe.
 */
public final class ExtractionScorer {
    static final int SHINGLE = 4;

    private ExtractionScorer() {
    }

    /** One page's normalised counts (tp + fp + fn = 1, or all 0 when both texts have no tokens). */
    public record PageScore(double tp, double fp, double fn) {
        /** tp/(tp+fp); 1 when fp = fn = 0; NaN when there is no prediction to judge. */
        public double precision() {
            if (fp == 0 && fn == 0 && tp > 0) {
                return 1;
            }
            return tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
        }

        /** tp/(tp+fn); 1 when fp = fn = 0; NaN when the truth is empty. */
        public double recall() {
            if (fp == 0 && fn == 0 && tp > 0) {
                return 1;
            }
            return tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
        }
    }

    /** Averaged precision and recall over pages, and the F1 of those averages. */
    public record Summary(int pages, double precision, double recall, double f1) {
    }

    /** Scores one page. */
    public static PageScore score(String truth, String predicted) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        Map<String, Integer> expected = shingles(tokens(truth));
        Map<String, Integer> actual = shingles(tokens(predicted));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : actual.entrySet()) {
            int t = expected.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            fn += Math.max(0, e.getValue() - actual.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        return total == 0 ? new PageScore(0, 0, 0) : new PageScore(tp / total, fp / total, fn / total);
    }

    /** Averages precision over pages with a prediction and recall over pages with a truth. */
    public static Summary summarize(List<PageScore> scores) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (PageScore s : scores) {
            double precision = s.precision();
            if (!Double.isNaN(precision)) {
                p += precision;
                np++;
            }
            double recall = s.recall();
            if (!Double.isNaN(recall)) {
                r += recall;
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(scores.size(), precision, recall, f1);
    }

    /** The benchmark's tokens: maximal runs of letters, numbers and underscore, after dropping Arabic marks. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isArabicMark(cp)) {
                continue;
            }
            if (isWordChar(cp)) {
                token.appendCodePoint(cp);
            } else if (token.length() > 0) {
                out.add(token.toString());
                token.setLength(0);
            }
        }
        if (token.length() > 0) {
            out.add(token.toString());
        }
        return out;
    }

    /** Multiset of contiguous 4-token shingles; a text of 1–3 tokens is one shingle. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(String.join(" ", tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    static boolean isArabicMark(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
    }

    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
