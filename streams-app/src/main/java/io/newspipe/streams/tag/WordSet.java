package io.newspipe.streams.tag;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words for the lookups the tagger makes for most words of every text: an
 * open-addressing array of longs (power-of-two size, at most half full, a quarter for small sets; linear
 * probing), each holding a word's {@link String#hashCode} (0 made 1) and where its chars are in one shared
 * char array. A miss (most lookups) reads the slot array alone; a hit reads one slot and the word's chars,
 * which lie together (length, then chars), instead of a tag array, a reference array, a String and its byte
 * array: fewer cache lines when the other stages of a page have evicted the set from the cache. Same answers
 * as {@link java.util.Set#copyOf} of the same words (null is refused alike). Thread-safe.
 */
final class WordSet extends AbstractSet<String> {
    private static final WordSet EMPTY = new WordSet(java.util.List.of());
    /** Chars before a word's own in {@link #chars}: its length, in two chars. */
    private static final int HEADER = 2;
    /** Hash tag (high half) and offset in {@link #chars} (low half) of the word in each slot; 0 when empty. */
    private final long[] slots;
    private final char[] chars;
    private final int mask;
    /** The words in the order of their slots, read by the iterator alone. */
    private final String[] words;

    private WordSet(Collection<String> source) {
        int spread = source.size() <= 256 ? 4 : 2;
        int capacity = Integer.highestOneBit(Math.max(4, source.size()) * spread - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        long total = 0;
        for (String w : source) {
            total += Objects.requireNonNull(w, "word").length() + HEADER;
        }
        char[] pool = new char[Math.toIntExact(total)];
        String[] bySlot = new String[capacity];
        int used = 0;
        int n = 0;
        for (String w : source) {
            int tag = tag(w.hashCode());
            int p = slot(pool, w, tag);
            if (slots[p] == 0) {
                slots[p] = (long) tag << 32 | used;
                pool[used] = (char) (w.length() >>> 16);
                pool[used + 1] = (char) w.length();
                w.getChars(0, w.length(), pool, used + HEADER);
                used += w.length() + HEADER;
                bySlot[p] = w;
                n++;
            }
        }
        chars = Arrays.copyOf(pool, used);
        words = new String[n];
        int k = 0;
        for (String w : bySlot) {
            if (w != null) {
                words[k++] = w;
            }
        }
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
        return slots[slot(chars, word, tag(word.hashCode()))] != 0;
    }

    private static int tag(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The slot holding {@code word} (chars in {@code pool}), or the empty slot where it would go. */
    private int slot(char[] pool, String word, int tag) {
        int m = tag * 0x9E3779B9;
        int p = (m ^ m >>> 16) & mask;
        for (long s = slots[p]; s != 0; s = slots[p]) {
            if ((int) (s >>> 32) == tag && sameChars(pool, (int) s, word)) {
                return p;
            }
            p = (p + 1) & mask;
        }
        return p;
    }

    private static boolean sameChars(char[] pool, int offset, String word) {
        int length = pool[offset] << 16 | pool[offset + 1];
        if (length != word.length()) {
            return false;
        }
        int from = offset + HEADER;
        for (int i = 0; i < length; i++) {
            if (pool[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                return words[next++];
            }
        };
    }
}
