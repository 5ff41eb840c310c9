package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keyword candidates of one article for {@link KeywordExtractor}: runs of one to three usable
 * words within a sentence. A single word is its word id (arrays indexed by id); a phrase is keyed by its
 * word ids packed into a long (21 bits a word) in a {@link PhraseKeyIndex}, so that no phrase string is
 * built until a candidate is picked. One instance per thread ({@link #of}), its arrays sized to the largest
 * article seen and reused: only the entries of the current article's words and phrases are meaningful.
 */
final class KeywordCandidates {
    private static final ThreadLocal<KeywordCandidates> SCRATCH = ThreadLocal.withInitial(KeywordCandidates::new);
    private static final int ID_BITS = 21;
    /** Word ids at or above this do not fit the packed key; such words start or extend no candidate. */
    private static final int MAX_ID = (1 << ID_BITS) - 2;
    private KeywordWords words;
    /** Number of word ids of the current article. */
    private int wordCount;
    /** Per word id, as a single-word candidate: first usable occurrence (-1 for none), occurrences, flags. */
    private int[] wordFirst = new int[0];
    private int[] wordTf = new int[0];
    private boolean[] wordName = new boolean[0];
    private boolean[] wordInTitle = new boolean[0];
    /** The phrases counted in a table, by packed key (those of {@link #once} are not). */
    private final PhraseKeyIndex phrases = new PhraseKeyIndex();
    private int count;
    /** Per phrase (in order of first occurrence): first token, number of words, occurrences, flags. */
    private int[] first = new int[0];
    private int[] length = new int[0];
    private int[] tf = new int[0];
    private boolean[] name = new boolean[0];
    private boolean[] inTitle = new boolean[0];
    /** Working arrays of {@link #best}. */
    private double[] value = new double[0];
    private long[] order = new long[0];
    private int[] heap = new int[0];
    private boolean[] used = new boolean[0];

    private KeywordCandidates() {
    }

    /** Readies the arrays for {@code words}, zeroing only the ranges this article uses. */
    private void reset(KeywordWords words) {
        this.words = words;
        int k = words.keyCount;
        wordCount = k;
        if (wordFirst.length < k) {
            wordFirst = new int[k];
            wordTf = new int[k];
            wordName = new boolean[k];
            wordInTitle = new boolean[k];
            used = new boolean[k];
        } else {
            Arrays.fill(wordTf, 0, k, 0);
            Arrays.fill(wordName, 0, k, false);
            Arrays.fill(wordInTitle, 0, k, false);
            Arrays.fill(used, 0, k, false);
        }
        Arrays.fill(wordFirst, 0, k, -1);
        // most articles have fewer candidates than words: sized once rather than grown from a few
        int expected = Math.max(64, words.size());
        if (first.length < expected) {
            first = new int[expected];
            length = new int[expected];
            tf = new int[expected];
            name = new boolean[expected];
            inTitle = new boolean[expected];
        }
        count = 0;
        // only phrases of words used twice or more go into the table (see once): at most two a token of such a
        // word, so a table for those stays at most half full, and is a few cache lines rather than one per token
        int repeated = 0;
        for (int id = 0; id < k; id++) {
            repeated += words.tf[id] > 1 ? words.tf[id] : 0;
        }
        phrases.reset(repeated * 2);
    }

    /**
     * Collects the candidates of up to {@code maxNgram} words. Returns the calling thread's instance, valid
     * until its next call.
     */
    static KeywordCandidates of(KeywordWords words, int maxNgram) {
        KeywordCandidates c = SCRATCH.get();
        c.reset(words);
        int[] wordTf = words.tf;
        for (int i = 0; i < words.size(); i++) {
            long key = 0;
            boolean once = false;
            for (int n = 1; n <= maxNgram && i + n <= words.size(); n++) {
                int last = i + n - 1;
                if (n > 1 && (!words.sameSentence(i, last) || words.opensSentence(last))
                        || !words.usable(last) || words.keyId[last] > MAX_ID) {
                    break;
                }
                key = key << ID_BITS | (words.keyId[last] + 1);
                // a phrase with a word used once occurs once: it needs no counting in the table
                once |= wordTf[words.keyId[last]] == 1;
                if (n == 1) {
                    c.countWord(i);
                } else if (once) {
                    c.once(i, n);
                } else {
                    c.count(key, i, n);
                }
            }
        }
        return c;
    }

    /**
     * A phrase that occurs only here (one of its words does): a candidate at once when it is a capitalised
     * name or in the headline, else never one ({@link #best} wants two occurrences of the others). Most
     * phrases are such, and spare the table a probe and an entry; the candidates' numbering differs, but
     * {@link #best} orders by value, then first occurrence and length, never by number.
     */
    private void once(int from, int n) {
        boolean title = words.sentence[from] == 0;
        boolean capitalised = capitalisedRun(from, n);
        if (title || capitalised) {
            int index = add(from, n);
            tf[index] = 1;
            inTitle[index] = title;
            name[index] = capitalised;
        }
    }

    private void countWord(int i) {
        int id = words.keyId[i];
        if (wordFirst[id] < 0) {
            wordFirst[id] = i;
        }
        wordTf[id]++;
        wordInTitle[id] |= words.sentence[i] == 0;
        wordName[id] |= words.latinCapital(i);
    }

    private void count(long key, int from, int n) {
        int index = phrases.putIfAbsent(key, count);
        if (index < 0) {
            index = add(from, n);
        }
        tf[index]++;
        inTitle[index] |= words.sentence[from] == 0;
        name[index] |= capitalisedRun(from, n);
    }

    private int add(int from, int n) {
        if (count == first.length) {
            int size = count * 2;
            first = Arrays.copyOf(first, size);
            length = Arrays.copyOf(length, size);
            tf = Arrays.copyOf(tf, size);
            name = Arrays.copyOf(name, size);
            inTitle = Arrays.copyOf(inTitle, size);
        }
        first[count] = from;
        length[count] = n;
        tf[count] = 0;
        name[count] = false;
        inTitle[count] = false;
        return count++;
    }

    private boolean capitalisedRun(int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!words.latinCapital(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code wanted} best candidates (lowest score; ties in order of first occurrence, then length) that
     * share no word with a better one, as written at their first occurrence. Phrases must repeat, come from
     * the headline's first sentence or be capitalised names. Candidates are numbered words first (by id),
     * then phrases.
     */
    List<String> best(int wanted) {
        int kept = rankCandidates();
        // a heap, not a sort: only the first few candidates in order are ever read
        return pick(new CandidateHeap(heap, kept, value, order), wanted);
    }

    /** Values and orders every eligible candidate in the working arrays, listed in {@link #heap}; returns how many. */
    private int rankCandidates() {
        int words = wordCount;
        if (value.length < words + count) {
            int size = Math.max(words + count, value.length * 3 / 2);
            value = new double[size];
            order = new long[size];
            heap = new int[size];
        }
        int kept = 0;
        for (int id = 0; id < words; id++) {
            if (wordFirst[id] >= 0) {
                double s = this.words.score[id];
                value[id] = s / (wordTf[id] * (1 + s));
                order[id] = (long) wordFirst[id] << 2 | 1;
                heap[kept++] = id;
            }
        }
        for (int c = 0; c < count; c++) {
            if (tf[c] < 2 && !name[c] && !inTitle[c]) {
                continue;
            }
            value[words + c] = phraseValue(c);
            order[words + c] = (long) first[c] << 2 | length[c];
            heap[kept++] = words + c;
        }
        return kept;
    }

    private double phraseValue(int c) {
        double product = 1;
        double sum = 0;
        for (int k = first[c]; k < first[c] + length[c]; k++) {
            double s = words.score[words.keyId[k]];
            product *= s;
            sum += s;
        }
        return product / (tf[c] * (1 + sum));
    }

    /** Takes the best candidates in turn, skipping those that share a word with one taken before. */
    private List<String> pick(CandidateHeap ranked, int wanted) {
        int words = wordCount;
        List<String> out = new ArrayList<>(wanted);
        while (!ranked.isEmpty() && out.size() < wanted) {
            int c = ranked.poll();
            int from = c < words ? wordFirst[c] : first[c - words];
            int to = from + (c < words ? 1 : length[c - words]);
            if (sharesWord(from, to)) {
                continue;
            }
            StringBuilder surface = new StringBuilder();
            for (int t = from; t < to; t++) {
                used[this.words.keyId[t]] = true;
                surface.append(t > from ? " " : "").append(this.words.token(t).surface());
            }
            out.add(surface.toString());
        }
        return out;
    }

    private boolean sharesWord(int from, int to) {
        for (int t = from; t < to; t++) {
            if (used[words.keyId[t]]) {
                return true;
            }
        }
        return false;
    }
}
