package io.newspipe.streams.tag;

import java.util.Arrays;

/**
 * The YAKE score of each word key of one article ({@link KeywordWords}): casing, position, frequency,
 * spread over sentences and the variety of its neighbours, lower is better. Kept apart from the indexing
 * so that each class stays small; its per-key arrays are a thread's scratch, reused by the next article
 * (only the first {@code keyCount} entries are meaningful). Not thread-safe: one instance per
 * {@link KeywordWords}, which is per thread.
 */
final class KeywordScores {
    /** The position term of the first sentences, worked out once: two logarithms a word otherwise. */
    private static final double[] POSITIONS = new double[4096];

    static {
        for (int s = 0; s < POSITIONS.length; s++) {
            POSITIONS[s] = Math.log(Math.log(3 + s));
        }
    }

    /** Per key id: occurrences as a usable word (0 for keys never usable). */
    int[] tf = new int[0];
    /** Per key id: the YAKE score (lower is better), for keys with tf > 0. */
    double[] score = new double[0];
    private int[] upper = new int[0];
    private int[] acronym = new int[0];
    private int[] distinctSentences = new int[0];
    private int[] lastSentence = new int[0];
    private int[] leftCount = new int[0];
    private int[] rightCount = new int[0];
    private int[] seen = new int[0];
    private int[] middle = new int[0];
    /**
     * The distinct (word, neighbour, side) key triples met so far, packed ({@link #neighbour}): an
     * open-addressing set, its first {@link #pairMask} + 1 slots in use and zeroed for this article.
     */
    private long[] pairSet = new long[0];
    private int pairMask;

    /**
     * Makes the per-key arrays hold {@code k} entries, and zeroes those (lastSentence: -1), and the pair set
     * room for the neighbours of {@code usableTokens}.
     */
    private void clearPerKey(int k, int usableTokens) {
        if (tf.length < k) {
            tf = new int[k];
            score = new double[k];
            upper = new int[k];
            acronym = new int[k];
            distinctSentences = new int[k];
            lastSentence = new int[k];
            leftCount = new int[k];
            rightCount = new int[k];
            seen = new int[k];
            middle = new int[k];
        } else {
            Arrays.fill(tf, 0, k, 0);
            Arrays.fill(score, 0, k, 0);
            Arrays.fill(upper, 0, k, 0);
            Arrays.fill(acronym, 0, k, 0);
            Arrays.fill(distinctSentences, 0, k, 0);
            Arrays.fill(leftCount, 0, k, 0);
            Arrays.fill(rightCount, 0, k, 0);
            Arrays.fill(seen, 0, k, 0);
            Arrays.fill(middle, 0, k, 0);
        }
        Arrays.fill(lastSentence, 0, k, -1);
        // at most two neighbours a usable token: the set stays at most half full
        int capacity = Integer.highestOneBit(Math.max(8, 2 * usableTokens) * 2 - 1) << 1;
        if (pairSet.length < capacity) {
            pairSet = new long[capacity];
        } else {
            Arrays.fill(pairSet, 0, capacity, 0);
        }
        pairMask = capacity - 1;
    }

    /** Scores the word keys of {@code w}, whose tokens are indexed. */
    void score(KeywordWords w) {
        int keyCount = w.keyCount;
        int size = w.size();
        clearPerKey(keyCount, w.usableCount);
        int[] keyId = w.keyId;
        int[] sentence = w.sentence;
        for (int i = 0; i < size; i++) {
            if (!w.usable(i)) {
                continue;
            }
            int id = keyId[i];
            tf[id]++;
            if (lastSentence[id] != sentence[i]) {
                distinctSentences[id]++;
                lastSentence[id] = sentence[i];
            }
            if (w.allCaps(i)) {
                acronym[id]++;
            } else if (w.capital(i) && !w.opensSentence(i)) {
                upper[id]++;
            }
            if (i > 0 && sentence[i - 1] == sentence[i]) {
                neighbour(id, keyId[i - 1], 0, leftCount);
            }
            if (i + 1 < size && sentence[i] == sentence[i + 1]) {
                neighbour(id, keyId[i + 1], Long.MIN_VALUE, rightCount);
            }
        }
        middleSentences(w);
        scoreKeys(keyCount, w.sentenceCount);
    }

    private void scoreKeys(int keyCount, int sentenceCount) {
        int words = 0;
        long tfSum = 0;
        int maxTf = 0;
        for (int id = 0; id < keyCount; id++) {
            if (tf[id] > 0) {
                words++;
                tfSum += tf[id];
                maxTf = Math.max(maxTf, tf[id]);
            }
        }
        if (words == 0) {
            return;
        }
        double mean = (double) tfSum / words;
        double squares = 0;
        for (int id = 0; id < keyCount; id++) {
            if (tf[id] > 0) {
                squares += (tf[id] - mean) * (tf[id] - mean);
            }
        }
        double sd = Math.sqrt(squares / words);
        for (int id = 0; id < keyCount; id++) {
            int f = tf[id];
            if (f == 0) {
                continue;
            }
            int capitals = Math.max(upper[id], acronym[id]);
            // 0 / (1 + log f) is 0: most words are never capitalised, and need no logarithm
            double casing = capitals == 0 ? 0 : capitals / (1 + Math.log(f));
            double position = position(middle[id]);
            double frequency = f / (mean + sd);
            double rel = 1 + (leftCount[id] / (double) f + rightCount[id] / (double) f) * f / maxTf;
            double spread = distinctSentences[id] / (double) Math.max(1, sentenceCount);
            score[id] = rel * position / (casing + frequency / rel + spread / rel);
        }
    }

    /** {@code log(log(3 + sentence))}, the position term of a word whose middle occurrence is in {@code sentence}. */
    private static double position(int sentence) {
        return sentence < POSITIONS.length ? POSITIONS[sentence] : Math.log(Math.log(3 + sentence));
    }

    /** The sentence of each word's middle occurrence (occurrence number tf / 2, counting from 0), into middle. */
    private void middleSentences(KeywordWords w) {
        int[] keyId = w.keyId;
        for (int i = 0; i < w.size(); i++) {
            if (w.usable(i)) {
                int id = keyId[i];
                if (seen[id]++ == tf[id] / 2) {
                    middle[id] = w.sentence[i];
                }
            }
        }
    }

    /**
     * Counts {@code other} as a neighbour of {@code id} on one side ({@code side}: 0 left, the top bit right)
     * when the pair is new: one probe of the pair set a pair, as it is met, rather than pairs gathered, then
     * counted per side.
     */
    private void neighbour(int id, int other, long side, int[] counts) {
        long stored = ((long) id << 32 | other) + 1 | side; // never 0: ids are below 2^31, so no overflow
        long m = stored * 0x9E3779B97F4A7C15L;
        long[] set = pairSet;
        int p = (int) (m ^ m >>> 32) & pairMask;
        while (set[p] != 0 && set[p] != stored) {
            p = (p + 1) & pairMask;
        }
        if (set[p] == 0) {
            set[p] = stored;
            counts[id]++;
        }
    }
}
