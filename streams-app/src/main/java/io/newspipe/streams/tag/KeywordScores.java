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
    /** Per token: the (word, left or right neighbour) key pairs, packed. */
    private long[] left = new long[0];
    private long[] right = new long[0];
    private long[] pairSet = new long[0];

    /** Makes the per-key arrays hold {@code k} entries, and zeroes those (lastSentence: -1). */
    private void clearPerKey(int k, int tokens) {
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
        if (left.length < tokens) {
            left = new long[tokens];
            right = new long[tokens];
        }
    }

    /** Scores the word keys of {@code w}, whose tokens are indexed. */
    void score(KeywordWords w) {
        int keyCount = w.keyCount;
        int size = w.size();
        clearPerKey(keyCount, size);
        int[] keyId = w.keyId;
        int[] sentence = w.sentence;
        int lefts = 0;
        int rights = 0;
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
                left[lefts++] = (long) id << 32 | keyId[i - 1];
            }
            if (i + 1 < size && sentence[i] == sentence[i + 1]) {
                right[rights++] = (long) id << 32 | keyId[i + 1];
            }
        }
        distinctPerId(left, lefts, leftCount);
        distinctPerId(right, rights, rightCount);
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
     * Per id (high half), the number of distinct low halves among the first {@code n} pairs: each pair is
     * counted when first put into an open-addressing set, which costs one probe a pair instead of a sort.
     */
    private void distinctPerId(long[] pairs, int n, int[] counts) {
        int capacity = Integer.highestOneBit(Math.max(8, n) * 2 - 1) << 1;
        if (pairSet.length < capacity) {
            pairSet = new long[capacity];
        } else {
            Arrays.fill(pairSet, 0, capacity, 0);
        }
        long[] set = pairSet;
        int mask = capacity - 1;
        for (int k = 0; k < n; k++) {
            long stored = pairs[k] + 1; // 0 marks an empty slot; ids are below 2^31, so no overflow
            long m = stored * 0x9E3779B97F4A7C15L;
            int p = (int) (m ^ m >>> 32) & mask;
            while (set[p] != 0 && set[p] != stored) {
                p = (p + 1) & mask;
            }
            if (set[p] == 0) {
                set[p] = stored;
                counts[(int) (pairs[k] >>> 32)]++;
            }
        }
    }
}
