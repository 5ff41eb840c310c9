package io.newspipe.streams.tag;

/**
 * A 64-bit hash of a sequence of folded words, built word by word from each word's
 * {@link String#hashCode()} (cached by the token's folded string, so a text word is hashed once however
 * often it is looked up). Used only to rule sequences out before a string is built: equal sequences have
 * equal hashes; unequal ones rarely do. Stateless.
 */
final class WordSequenceHash {
    /** The hash of the empty sequence. */
    static final long START = 0x243F6A8885A308D3L;

    private WordSequenceHash() {
    }

    /** The hash of a sequence hashed to {@code h} followed by a word whose {@code String.hashCode} is given. */
    static long next(long h, int wordHash) {
        long x = (h ^ (wordHash & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    /** The hash of a sequence hashed to {@code h} followed by the word {@code s[from, to)}. */
    static long next(long h, String s, int from, int to) {
        int wordHash = 0;
        for (int k = from; k < to; k++) {
            wordHash = 31 * wordHash + s.charAt(k);
        }
        return next(h, wordHash);
    }
}
