package io.newspipe.streams.tag;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words for the lookups the tagger makes for most words of every text: an
 * open-addressing array of hash tags (each word's {@link String#hashCode}, 0 made 1; power-of-two size,
 * at most half full, a quarter for small sets; linear probing) with the words in a parallel array read only
 * when the tags match, so that a miss (most lookups) reads one int array: a masked index and int compares,
 * not {@code Set.of}'s modulo and {@code String.equals}, nor {@code HashSet}'s node and key dereferences.
 * Same answers as {@link java.util.Set#copyOf} of the same words (null is refused alike). Thread-safe.
 */
final class WordSet extends AbstractSet<String> {
    private static final WordSet EMPTY = new WordSet(java.util.List.of());
    /** Longest word whose chars {@link #packed} holds. */
    private static final int PACKED_CHARS = 7;
    private final String[] words;
    /** Hash tag of the word in each slot; 0 for an empty slot. */
    private final int[] tags;
    /**
     * The word in each slot as {@link #packed} chars, or 0 for a word too long to pack: a short word (most
     * stopwords) is told from a probe whose hash tag collides without reading its string and chars, two more
     * cache misses when other stages have evicted the set.
     */
    private final long[] chars;
    private final int mask;
    private final int size;

    private WordSet(Collection<String> source) {
        int spread = source.size() <= 256 ? 4 : 2;
        int capacity = Integer.highestOneBit(Math.max(4, source.size()) * spread - 1) << 1;
        words = new String[capacity];
        tags = new int[capacity];
        chars = new long[capacity];
        mask = capacity - 1;
        int n = 0;
        for (String w : source) {
            int tag = tag(Objects.requireNonNull(w, "word").hashCode());
            int p = slot(w, tag);
            if (tags[p] == 0) {
                words[p] = w;
                tags[p] = tag;
                chars[p] = packed(w);
                n++;
            }
        }
        size = n;
    }

    /** The set of {@code words}: the same set when it already is a WordSet. */
    static WordSet copyOf(Collection<String> words) {
        if (words instanceof WordSet set) {
            return set;
        }
        return words.isEmpty() ? EMPTY : new WordSet(words);
    }

    @Override
    public boolean contains(Object o) {
        return Objects.requireNonNull(o, "word") instanceof String word && containsWord(word);
    }

    /** Whether {@code word} is in the set. */
    boolean containsWord(String word) {
        return tags[slot(word, tag(word.hashCode()))] != 0;
    }

    private static int tag(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The slot holding {@code word}, or the empty slot where it would go. */
    private int slot(String word, int tag) {
        int m = tag * 0x9E3779B9;
        int p = (m ^ m >>> 16) & mask;
        for (int t = tags[p]; t != 0; t = tags[p]) {
            if (t == tag && same(p, word)) {
                return p;
            }
            p = (p + 1) & mask;
        }
        return p;
    }

    /** Whether slot p holds {@code word}: by packed chars when the slot's word is short, else by the strings. */
    private boolean same(int p, String word) {
        long c = chars[p];
        if (c != 0) {
            return c == packed(word); // a word that does not pack (0) differs from every word that does
        }
        String w = words[p];
        return w == word || w.equals(word);
    }

    /**
     * A word of at most {@value #PACKED_CHARS} chars, each below U+0100, as one long (chars in the low bytes,
     * the length in the top one, so never 0); 0 for any other word.
     */
    private static long packed(String word) {
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

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int p = from;
                while (p < words.length && words[p] == null) {
                    p++;
                }
                return p;
            }

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                String w = words[next];
                next = advance(next + 1);
                return w;
            }
        };
    }
}
