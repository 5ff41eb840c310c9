package io.newspipe.streams.tag;

/**
 * The words already met in the text being tokenised, so that {@link TextTokenizer} gives a repeated word the
 * surface and folded strings of its first occurrence: no new substring nor fold for it, and every later
 * lookup of those strings finds their hash cached (most tokens of an article repeat an earlier word). Keyed
 * by the chars' {@link String#hashCode}, worked out while the tokenizer scans them; an open-addressing table
 * (linear probing, at most half full). One instance per thread ({@link #start}); {@link #clear} drops the
 * text's tokens after use. Not thread-safe.
 */
final class RepeatedWords {
    private static final ThreadLocal<RepeatedWords> SCRATCH = ThreadLocal.withInitial(RepeatedWords::new);
    private int[] tags = new int[64];
    private Token[] tokens = new Token[64];
    private int[] filled = new int[32];
    private int mask = 63;
    private int size;

    private RepeatedWords() {
    }

    /** The calling thread's table, empty and sized for about {@code words} words. */
    static RepeatedWords start(int words) {
        RepeatedWords r = SCRATCH.get();
        int capacity = Integer.highestOneBit(Math.max(32, words) * 2 - 1) << 1;
        if (r.tags.length < capacity) {
            r.tags = new int[capacity];
            r.tokens = new Token[capacity];
            r.filled = new int[capacity / 2];
        }
        r.mask = capacity - 1;
        return r;
    }

    /** An earlier token whose surface is {@code text}'s chars from {@code start} to {@code end}, or null. */
    Token find(String text, int start, int end, int hash) {
        int tag = hash == 0 ? 1 : hash;
        int length = end - start;
        for (int p = slot(tag); tags[p] != 0; p = (p + 1) & mask) {
            if (tags[p] == tag) {
                Token t = tokens[p];
                if (t.surface().length() == length && text.regionMatches(start, t.surface(), 0, length)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Adds a token whose surface is not in the table yet; {@code hash} is its surface's hash. */
    void add(Token token, int hash) {
        if ((size + 1) * 2 > mask + 1) {
            return; // full for this text: later new words are merely not shared
        }
        int tag = hash == 0 ? 1 : hash;
        int p = slot(tag);
        while (tags[p] != 0) {
            p = (p + 1) & mask;
        }
        tags[p] = tag;
        tokens[p] = token;
        filled[size++] = p;
    }

    private int slot(int tag) {
        int m = tag * 0x9E3779B9;
        return (m ^ m >>> 16) & mask;
    }

    /** Empties the table (the slots in use alone), so that it holds no token of the text. */
    void clear() {
        for (int k = 0; k < size; k++) {
            tags[filled[k]] = 0;
            tokens[filled[k]] = null;
        }
        size = 0;
    }
}
