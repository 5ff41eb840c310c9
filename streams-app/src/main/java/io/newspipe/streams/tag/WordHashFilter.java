package io.newspipe.streams.tag;

import java.util.Collection;

/**
 * A small filter over a word set: one bit per {@link String#hashCode} (a Bloom filter with one hash,
 * about 32 bits a word, so a few percent of other words pass). A word that fails surely is not in the
 * set, which spares the set lookup (a cache miss in a large hash table) for most words of a text; the
 * string hash it reads is cached in the string. Immutable and thread-safe.
 */
final class WordHashFilter {
    private static final int BITS_PER_WORD = 32;
    private final long[] bits;
    private final int mask;

    /** A filter passing every word of {@code words}. */
    WordHashFilter(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(1024, words.size() * BITS_PER_WORD) - 1) << 1;
        bits = new long[size / 64];
        mask = size - 1;
        for (String w : words) {
            int b = bit(w.hashCode());
            bits[b >>> 6] |= 1L << b;
        }
    }

    /** False when {@code word} surely is not in the set. */
    boolean mightContain(String word) {
        int b = bit(word.hashCode());
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    /** {@link #mightContain(String)} of a word whose {@link String#hashCode} is {@code hash}. */
    boolean mightContainHash(int hash) {
        int b = bit(hash);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    /**
     * {@link #mightContain(String)} of {@code prefix} followed by {@code word} from char {@code from}, without
     * building that string: its {@link String#hashCode} is computed over both parts.
     */
    boolean mightContain(String prefix, String word, int from) {
        int h = 0;
        for (int k = 0; k < prefix.length(); k++) {
            h = 31 * h + prefix.charAt(k);
        }
        for (int k = from; k < word.length(); k++) {
            h = 31 * h + word.charAt(k);
        }
        int b = bit(h);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    private int bit(int hash) {
        int x = hash * 0x9E3779B9;
        return (x ^ x >>> 15) & mask;
    }
}
