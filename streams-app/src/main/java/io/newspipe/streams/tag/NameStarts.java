package io.newspipe.streams.tag;

import java.util.List;

/**
 * Which words may start a dictionary key, in bit sets small enough for the CPU cache: two bits per
 * first-word hash slot ({@link EntityDictionary#KEY} for a one-word key, {@link EntityDictionary#PREFIX} for the
 * first word of a longer key, side by side so that one cache line answers both), and one bit per hash of the
 * first two words of every key of two words or more (a frequent word that starts some name, "the", "new", is
 * ruled out with the word after it). Filters: a clear bit surely means no key; a set one may be a collision.
 * {@link #flagsOf} reads the slots of every word of a text in one tight loop: when the other stages of a page
 * have evicted the sets from the cache, the CPU overlaps those independent loads, whereas one load per word
 * amid the matching work waits for each miss in turn. Immutable and thread-safe.
 */
final class NameStarts {
    /** Flag of {@link #flagsOf}: the word and the word after it may start a key of two words or more. */
    static final int PAIR = 4;
    /**
     * Flag of {@link #flagsOf(List, WordHashFilter)}: the word is in Arabic script or the other filter passes
     * it. Another per-word scan then reads this array instead of every token and its filter again.
     */
    static final int ALSO = 8;
    private static final int KEY = EntityDictionary.KEY;
    private static final int PREFIX = EntityDictionary.PREFIX;
    private static final int BITS = 1 << 20;
    private final long[] firstWords = new long[BITS / 32];
    private final long[] firstPairs = new long[BITS / 64];

    /** The sets of the given keys (folded words joined by single spaces). */
    NameStarts(Iterable<String> keys) {
        for (String key : keys) {
            int space = key.indexOf(' ');
            long h = WordSequenceHash.next(WordSequenceHash.START, key, 0, space < 0 ? key.length() : space);
            int slot = slot(h);
            firstWords[slot >>> 5] |= (long) (space < 0 ? KEY : PREFIX) << 2 * (slot & 31);
            if (space >= 0) {
                int second = key.indexOf(' ', space + 1);
                int bit = slot(WordSequenceHash.next(h, key, space + 1, second < 0 ? key.length() : second));
                firstPairs[bit >>> 6] |= 1L << bit;
            }
        }
    }

    private static int slot(long sequenceHash) {
        return (int) (sequenceHash >>> 40) & (BITS - 1);
    }

    /** {@link EntityDictionary#KEY} and {@link EntityDictionary#PREFIX} as the slots say for a one-word sequence. */
    int flags(long h) {
        int slot = slot(h);
        return (int) (firstWords[slot >>> 5] >>> 2 * (slot & 31)) & (KEY | PREFIX);
    }

    /** Whether some key may start with the two-word sequence hashed to {@code h} (false: surely none). */
    boolean pairMayStart(long h) {
        int bit = slot(h);
        return (firstPairs[bit >>> 6] & 1L << bit) != 0;
    }

    /**
     * Per token, {@link #flags} of its folded form, with {@link #PAIR} when it has {@link EntityDictionary#PREFIX}
     * and {@link #pairMayStart} holds for it and the next token's folded form.
     */
    byte[] flagsOf(List<Token> tokens) {
        return flagsOf(tokens, null);
    }

    /**
     * {@link #flagsOf(List)}, with {@link #ALSO} on each token in Arabic script or whose folded form {@code also}
     * passes (when {@code also} is not null): the word's hash and token are at hand here.
     */
    byte[] flagsOf(List<Token> tokens, WordHashFilter also) {
        int n = tokens.size();
        byte[] out = new byte[n];
        long previous = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int wordHash = t.folded().hashCode();
            long h = WordSequenceHash.next(WordSequenceHash.START, wordHash);
            boolean other = also != null && (t.arabicScript() || also.mightContainHash(wordHash));
            out[i] = (byte) (flags(h) | (other ? ALSO : 0));
            if (i > 0 && (out[i - 1] & PREFIX) != 0 && pairMayStart(WordSequenceHash.next(previous, wordHash))) {
                out[i - 1] |= PAIR;
            }
            previous = h;
        }
        return out;
    }

    /** Share of the first-word slots set (the rate at which a word starting no name still passes). */
    double fill() {
        long set = 0;
        for (long pairOfBits : firstWords) {
            // one bit per slot that has either flag
            set += Long.bitCount((pairOfBits | pairOfBits >>> 1) & 0x5555555555555555L);
        }
        return set / (double) BITS;
    }
}
