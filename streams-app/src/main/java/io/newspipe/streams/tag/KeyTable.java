package io.newspipe.streams.tag;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable map from strings (dictionary keys: folded words joined by spaces) to values, built once, for a
 * large dictionary read for every candidate name: one open-addressing array of longs (power-of-two size, at most
 * half full, linear probing), each holding a key's {@link String#hashCode} (0 made 1) and where the key lies
 * in one char array (its length and its value's index, then its chars). A lookup reads one slot and, when the
 * hashes match, the key's chars beside its header: two cache lines, where a {@link java.util.HashMap} reads its
 * table, an entry, a key String and its bytes; and the keys take a few bytes a char, not an object apiece.
 * Thread-safe.
 *
 * @param <V> the type of the values
 */
final class KeyTable<V> {
    /** Chars before a key's own: its length and its value's index, two chars each. */
    static final int HEADER = 4;
    private final long[] slots;
    private final char[] chars;
    private final Object[] values;
    private final int mask;

    /**
     * A table over {@code pool}, which holds {@code values.length} keys back to back, each after its header
     * (see {@link KeyTableBuilder}), the value of each at the index its header gives. Takes both arrays.
     */
    KeyTable(char[] pool, Object[] values) {
        int capacity = Integer.highestOneBit(Math.max(4, values.length) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        chars = pool;
        this.values = values;
        for (int offset = 0; offset < pool.length; offset += HEADER + lengthAt(offset)) {
            int tag = tag(hashAt(pool, offset));
            slots[emptySlot(tag)] = (long) tag << 32 | offset;
        }
        for (Object v : values) {
            Objects.requireNonNull(v, "value");
        }
    }

    /** The length of the key whose header starts at {@code offset} of a pool. */
    static int length(char[] pool, int offset) {
        return pool[offset] << 16 | pool[offset + 1];
    }

    /** The value index in the header at {@code offset} of a pool. */
    static int valueIndex(char[] pool, int offset) {
        return pool[offset + 2] << 16 | pool[offset + 3];
    }

    /** Writes the header of a key of {@code length} chars whose value is at {@code index}. */
    static void writeHeader(char[] pool, int offset, int length, int index) {
        pool[offset] = (char) (length >>> 16);
        pool[offset + 1] = (char) length;
        pool[offset + 2] = (char) (index >>> 16);
        pool[offset + 3] = (char) index;
    }

    /** {@link String#hashCode} of the key whose header starts at {@code offset} of a pool. */
    static int hashAt(char[] pool, int offset) {
        int h = 0;
        int from = offset + HEADER;
        for (int i = from, end = from + length(pool, offset); i < end; i++) {
            h = 31 * h + pool[i];
        }
        return h;
    }

    /** Whether the key whose header starts at {@code offset} of a pool has the chars of {@code key}. */
    static boolean sameChars(char[] pool, int offset, String key) {
        int length = length(pool, offset);
        if (length != key.length()) {
            return false;
        }
        int from = offset + HEADER;
        for (int i = 0; i < length; i++) {
            if (pool[from + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int lengthAt(int offset) {
        return length(chars, offset);
    }

    static int tag(int hash) {
        return hash == 0 ? 1 : hash;
    }

    private int start(int tag) {
        int m = tag * 0x9E3779B9;
        return (m ^ m >>> 16) & mask;
    }

    private int emptySlot(int tag) {
        int p = start(tag);
        while (slots[p] != 0) {
            p = (p + 1) & mask;
        }
        return p;
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int tag = tag(key.hashCode());
        int p = start(tag);
        for (long s = slots[p]; s != 0; s = slots[p]) {
            if ((int) (s >>> 32) == tag) {
                int offset = (int) s;
                if (sameChars(chars, offset, key)) {
                    return (V) values[valueIndex(chars, offset)];
                }
            }
            p = (p + 1) & mask;
        }
        return null;
    }

    /** Every key, in the order of the pool (each a new string: for building other tables, not for matching). */
    Iterable<String> keys() {
        return () -> new Iterator<>() {
            private int offset;

            @Override
            public boolean hasNext() {
                return offset < chars.length;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int length = lengthAt(offset);
                String key = new String(chars, offset + HEADER, length);
                offset += HEADER + length;
                return key;
            }
        };
    }

    /** Number of keys. */
    int size() {
        return values.length;
    }

    /** Megabytes of the slots and chars. */
    double megabytes() {
        return (slots.length * 8L + chars.length * 2L + values.length * 4L) / 1e6;
    }
}
