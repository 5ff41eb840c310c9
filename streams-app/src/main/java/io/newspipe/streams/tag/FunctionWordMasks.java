package io.newspipe.streams.tag;

import java.util.Collection;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Function words to their language bits, for {@link LanguageIdentifier}, which asks for every word of a
 * sample: about half of them are function words. One open-addressing table (linear probing, at most half
 * full): each slot holds the word's hash tag and bits in one long and, for a word of at most seven chars
 * below U+0100 (nearly every function word), its chars packed in a second long, so that a hit compares two
 * longs and reads no string and no char array (two cache misses fewer when other stages have evicted the
 * table; a table of strings also read the key string and its chars). Immutable and thread-safe.
 */
final class FunctionWordMasks {
    private static final int PACKED_CHARS = 7;
    /** Hash tag (high half) and bits (low half) of the word in each slot; 0 for an empty slot. */
    private final long[] slots;
    /** The word in each slot as {@link #packed} chars, or 0 for a word too long to pack. */
    private final long[] chars;
    /** The word in each slot (read only for a word that does not pack). */
    private final String[] words;
    private final int mask;

    /** A table of {@code words}, each with {@code bits.applyAsInt(word)} (a non-zero int). */
    FunctionWordMasks(Collection<String> words, ToIntFunction<String> bits) {
        int capacity = Integer.highestOneBit(Math.max(8, words.size()) * 2 - 1) << 1;
        slots = new long[capacity];
        chars = new long[capacity];
        this.words = new String[capacity];
        mask = capacity - 1;
        for (String w : words) {
            int tag = tag(Objects.requireNonNull(w, "word").hashCode());
            long packed = packed(w);
            int p = slot(w, tag, packed);
            if (slots[p] == 0) {
                slots[p] = (long) tag << 32 | (bits.applyAsInt(w) & 0xFFFFFFFFL);
                chars[p] = packed;
                this.words[p] = w;
            }
        }
    }

    /** The bits of {@code word}, or 0 when it is none of the words. */
    int bitsOf(String word) {
        int tag = tag(word.hashCode());
        int m = tag * 0x9E3779B9;
        int p = (m ^ m >>> 16) & mask;
        long packed = 0;
        boolean packedKnown = false;
        for (long s = slots[p]; s != 0; s = slots[p]) {
            if ((int) (s >>> 32) == tag) {
                if (!packedKnown) {
                    packed = packed(word);
                    packedKnown = true;
                }
                if (same(p, word, packed)) {
                    return (int) s;
                }
            }
            p = (p + 1) & mask;
        }
        return 0;
    }

    private static int tag(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The slot holding {@code word}, or the empty slot where it would go. */
    private int slot(String word, int tag, long packed) {
        int m = tag * 0x9E3779B9;
        int p = (m ^ m >>> 16) & mask;
        for (long s = slots[p]; s != 0; s = slots[p]) {
            if ((int) (s >>> 32) == tag && same(p, word, packed)) {
                return p;
            }
            p = (p + 1) & mask;
        }
        return p;
    }

    /** Whether slot p holds {@code word} (whose {@link #packed} form is {@code packed}). */
    private boolean same(int p, String word, long packed) {
        long c = chars[p];
        if (c != 0 || packed != 0) {
            return c == packed; // a word that packs differs from every word that does not
        }
        String w = words[p];
        return w == word || w.equals(word);
    }

    /**
     * A word of at most {@value #PACKED_CHARS} chars, each below U+0100, as one long (chars in the low bytes,
     * the length in the top one, so never 0); 0 for any other word.
     */
    static long packed(String word) {
        int length = word.length();
        if (length > PACKED_CHARS) {
            return 0;
        }
        long packed = (long) length << 56;
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            if (c > 0xFF) {
                return 0;
            }
            packed |= (long) c << (8 * i);
        }
        return packed;
    }
}
