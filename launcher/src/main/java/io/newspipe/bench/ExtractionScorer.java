package io.newspipe.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores extracted text against ground truth with the article-extraction benchmark's method
 * ({@code shared/data/aeb/README.md}): multisets of 4-token shingles, per-page tp/fp/fn normalised
 * so every page weighs the same, precision averaged over pages with a prediction, recall over pages
 * with truth, F1 of the two averages. One scorer for Newspipe and the peer. Thread-safe (stateless).
 */
public final class ExtractionScorer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** Arabic diacritics U+064B–U+065F, U+0670 and the tatweel U+0640, dropped before tokenising. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final int SHINGLE = 4;

    /**
     * One page: the truth and what was predicted (empty when nothing was extracted).
     *
     * @param truth ground-truth text
     * @param predicted extracted text
     */
    public record Pair(String truth, String predicted) {
        public Pair {
            Objects.requireNonNull(truth, "truth");
            Objects.requireNonNull(predicted, "predicted");
        }
    }

    /**
     * @param precision averaged over pages with tp+fp &gt; 0
     * @param recall averaged over pages with tp+fn &gt; 0
     * @param f1 harmonic mean of the two averages
     * @param pages pages scored
     */
    public record Score(double precision, double recall, double f1, int pages) {
    }

    public Score score(List<Pair> pairs) {
        Objects.requireNonNull(pairs, "pairs");
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (Pair pair : pairs) {
            double[] tpFpFn = counts(shingles(pair.truth()), shingles(pair.predicted()));
            double tp = tpFpFn[0];
            double fp = tpFpFn[1];
            double fn = tpFpFn[2];
            if (tp + fp > 0) {
                precisionSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), pairs.size());
    }

    /** Normalised tp, fp, fn of one page (divided by tp+fp+fn; all 0 when both are empty). */
    static double[] counts(Map<String, Integer> truth, Map<String, Integer> predicted) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<String, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - predicted.getOrDefault(e.getKey(), 0));
        }
        double all = tp + fp + fn;
        return all == 0 ? new double[3] : new double[] {tp / all, fp / all, fn / all};
    }

    /** The multiset of contiguous 4-token shingles; fewer than 4 tokens make one shingle. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
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

    static List<String> tokens(String text) {
        Matcher m = TOKEN.matcher(ARABIC_MARKS.matcher(text).replaceAll(""));
        List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
