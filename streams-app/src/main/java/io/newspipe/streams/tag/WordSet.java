package io.newspipe.streams.tag;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words for the lookups the tagger makes for most words of every text: one
 * open-addressing array (power-of-two size, at most a quarter full, linear probing) with each word's
 * {@link String#hashCode} beside it, so that a miss (most lookups) is a masked index and an int compare,
 * not {@code Set.of}'s modulo and {@code String.equals}, nor {@code HashSet}'s node and key dereferences.
 * Same answers as {@link java.util.Set#copyOf} of the same words (null is refused alike). Thread-safe.
 */
final class WordSet extends AbstractSet<String> {
    private static final WordSet EMPTY = new WordSet(java.util.List.of());
    private final String[] words;
    private final int[] hashes;
    private final int mask;
    private final int size;

    private WordSet(Collection<String> source) {
        int capacity = Integer.highestOneBit(Math.max(4, source.size()) * 4 - 1) << 1;
        words = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        int n = 0;
        for (String w : source) {
            int h = Objects.requireNonNull(w, "word").hashCode();
            int p = slot(w, h);
            if (words[p] == null) {
                words[p] = w;
                hashes[p] = h;
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
        int h = word.hashCode();
        return words[slot(word, h)] != null;
    }

    private int slot(String word, int h) {
        int m = h * 0x9E3779B9;
        int p = (m ^ m >>> 16) & mask;
        for (String w = words[p]; w != null; w = words[p]) {
            if (hashes[p] == h && (w == word || w.equals(word))) {
                return p;
            }
            p = (p + 1) & mask;
        }
        return p;
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
