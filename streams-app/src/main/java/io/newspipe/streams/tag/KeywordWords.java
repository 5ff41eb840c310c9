package io.newspipe.streams.tag;

import java.util.Arrays;
import java.util.List;

/**
 * One article's words for {@link KeywordExtractor}: every token (title first) with its sentence, the
 * int id of its word key and whether it may be part of a keyword, and each usable word's YAKE score.
 * Ids replace the word strings so that statistics and candidates are arrays and packed longs, not maps
 * of strings. One instance per thread ({@link #of}), its arrays sized to the largest article seen and
 * reused: only the first {@link #size} (per token) or {@link #keyCount} (per key) entries are meaningful.
 */
final class KeywordWords {
    private static final ThreadLocal<KeywordWords> SCRATCH = ThreadLocal.withInitial(KeywordWords::new);
    private List<Token> titleTokens = List.of();
    private List<Token> bodyTokens = List.of();
    private int titleSize;
    private int size;
    /** Sentence index of each token; a new sentence at a sentence start and at the title/body boundary. */
    int[] sentence;
    /** Word key id of each token. */
    int[] keyId;
    /** Whether each token may be part of a keyword (long enough, no digit first, no stopword). */
    boolean[] usable;
    /** Whether each usable token's first letter is a capital ({@link Token#capitalised}); false for the others. */
    boolean[] capital;
    /** Whether each usable token is a capitalised word not in Arabic script; false for the others. */
    boolean[] latinCapital;
    /**
     * Whether each usable token is written in capitals ({@link Token#allCaps}); false for the others. Read
     * while the token is at hand, so that scoring reads arrays only.
     */
    boolean[] allCaps;
    /** Whether each token opens a sentence ({@link Token#sentenceStart}). */
    boolean[] opensSentence;
    int sentenceCount;
    /** Number of distinct word keys (usable or not). */
    int keyCount;
    /** Per key id: occurrences as a usable word (0 for keys never usable). */
    int[] tf;
    /** Per key id: the YAKE score (lower is better), for keys with tf > 0. */
    double[] score;

    /** Per-key and per-token working arrays of {@link #scoreWords}, kept for the next article. */
    private int[] upper = new int[0];
    private int[] acronym = new int[0];
    private int[] distinctSentences = new int[0];
    private int[] lastSentence = new int[0];
    private int[] leftCount = new int[0];
    private int[] rightCount = new int[0];
    private int[] seen = new int[0];
    private int[] middle = new int[0];
    private long[] left = new long[0];
    private long[] right = new long[0];
    private long[] pairSet = new long[0];
    /** Word key ids and, per folded form, key id and usability: see {@link #index}. */
    private final StringIntTable ids = new StringIntTable(64);
    private final StringIntTable forms = new StringIntTable(64);

    /** The position term of the first sentences, worked out once: two logarithms a word otherwise. */
    private static final double[] POSITIONS = new double[4096];

    static {
        for (int s = 0; s < POSITIONS.length; s++) {
            POSITIONS[s] = Math.log(Math.log(3 + s));
        }
    }

    private KeywordWords() {
    }

    /**
     * Indexes title and body and scores their words; {@code usableTest} says whether a token may be a keyword.
     * Returns the calling thread's instance, valid until its next call; {@link #release} it after use.
     */
    static KeywordWords of(TokenizedText title, TokenizedText body, UsableTest usableTest) {
        KeywordWords w = SCRATCH.get();
        w.index(title, body, usableTest);
        w.scoreWords();
        return w;
    }

    /** Drops the references to the article's tokens, so that a thread's scratch holds no article. */
    void release() {
        titleTokens = List.of();
        bodyTokens = List.of();
    }

    /** Token {@code i} (title first). */
    Token token(int i) {
        return i < titleSize ? titleTokens.get(i) : bodyTokens.get(i - titleSize);
    }

    /** Decides whether a token with its word key may be part of a keyword. */
    interface UsableTest {
        boolean usable(Token token, String key);
    }

    int size() {
        return size;
    }

    private void index(TokenizedText title, TokenizedText body, UsableTest usableTest) {
        titleTokens = title.tokens();
        bodyTokens = body.tokens();
        titleSize = titleTokens.size();
        int n = titleSize + bodyTokens.size();
        size = n;
        if (sentence == null || sentence.length < n) {
            allocateTokens(n);
        }
        // most words of a short text are distinct: room for all of them spares a growth (a rehash) per article
        int room = n <= 2048 ? n : n / 2;
        ids.reset(room);
        // per folded form: key id << 2 | usable << 1 | Arabic script; the first token of a form decides
        forms.reset(room);
        int s = -1;
        for (int i = 0; i < n; i++) {
            Token t = token(i);
            opensSentence[i] = t.sentenceStart();
            if (i == 0 || i == titleSize || t.sentenceStart()) {
                s++;
            }
            sentence[i] = s;
            // one probe per token and one per new key: the slot found for a new form is where it goes
            int slot = forms.find(t.folded());
            int form = forms.valueAt(slot);
            if (form < 0 || ((form & 1) != 0) != t.arabicScript()) {
                String key = KeywordExtractor.wordKey(t);
                int next = ids.size();
                int id = ids.putIfAbsent(key, next);
                id = id < 0 ? next : id;
                int packed = id << 2 | (usableTest.usable(t, key) ? 2 : 0) | (t.arabicScript() ? 1 : 0);
                if (form < 0) {
                    forms.putAt(slot, t.folded(), packed); // nothing wrote to forms since the find
                }
                form = packed;
            }
            keyId[i] = form >>> 2;
            usable[i] = (form & 2) != 0;
            // the casing of words that are never part of a keyword is never read: their chars stay unread
            capital[i] = usable[i] && t.capitalised();
            latinCapital[i] = capital[i] && !t.arabicScript();
            allCaps[i] = usable[i] && t.allCaps();
        }
        sentenceCount = s + 1;
        keyCount = ids.size();
    }

    private void allocateTokens(int n) {
        sentence = new int[n];
        keyId = new int[n];
        usable = new boolean[n];
        capital = new boolean[n];
        latinCapital = new boolean[n];
        opensSentence = new boolean[n];
        allCaps = new boolean[n];
        left = new long[n];
        right = new long[n];
    }

    /** Makes the per-key arrays hold {@link #keyCount} entries, and zeroes those (lastSentence: -1). */
    private void clearPerKey() {
        int k = keyCount;
        if (tf == null || tf.length < k) {
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
    }

    /** Whether tokens i and j (i < j) are in the same sentence. */
    boolean sameSentence(int i, int j) {
        return sentence[i] == sentence[j];
    }

    private void scoreWords() {
        clearPerKey();
        int lefts = 0;
        int rights = 0;
        for (int i = 0; i < size(); i++) {
            if (!usable[i]) {
                continue;
            }
            int id = keyId[i];
            tf[id]++;
            if (lastSentence[id] != sentence[i]) {
                distinctSentences[id]++;
                lastSentence[id] = sentence[i];
            }
            if (allCaps[i]) {
                acronym[id]++;
            } else if (capital[i] && !opensSentence[i]) {
                upper[id]++;
            }
            if (i > 0 && sameSentence(i - 1, i)) {
                left[lefts++] = (long) id << 32 | keyId[i - 1];
            }
            if (i + 1 < size() && sameSentence(i, i + 1)) {
                right[rights++] = (long) id << 32 | keyId[i + 1];
            }
        }
        distinctPerId(left, lefts, leftCount);
        distinctPerId(right, rights, rightCount);
        int[] middleSentence = middleSentences();
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
            double position = position(middleSentence[id]);
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

    /** Whether any token is usable. */
    boolean anyUsable() {
        for (int id = 0; id < keyCount; id++) {
            if (tf[id] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The sentence of each word's middle occurrence (occurrence number tf / 2, counting from 0). */
    private int[] middleSentences() {
        for (int i = 0; i < size(); i++) {
            if (usable[i]) {
                int id = keyId[i];
                if (seen[id]++ == tf[id] / 2) {
                    middle[id] = sentence[i];
                }
            }
        }
        return middle;
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
