package io.newspipe.streams.tag;

import java.util.Map;
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
    private static final int HEADER = 4;
    private final long[] slots;
    private final char[] chars;
    private final Object[] values;
    private final int mask;

    /** A table of the entries of {@code map} (no null keys or values). */
    KeyTable(Map<String, V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size()) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        long total = 0;
        for (String key : map.keySet()) {
            total += key.length() + HEADER;
        }
        char[] pool = new char[Math.toIntExact(total)];
        values = new Object[map.size()];
        int used = 0;
        int n = 0;
        for (Map.Entry<String, V> e : map.entrySet()) {
            String key = e.getKey();
            int tag = tag(key.hashCode());
            slots[emptySlot(tag)] = (long) tag << 32 | used;
            pool[used] = (char) (key.length() >>> 16);
            pool[used + 1] = (char) key.length();
            pool[used + 2] = (char) (n >>> 16);
            pool[used + 3] = (char) n;
            key.getChars(0, key.length(), pool, used + HEADER);
            used += key.length() + HEADER;
            values[n++] = Objects.requireNonNull(e.getValue(), "value");
        }
        chars = pool;
    }

    private static int tag(int hash) {
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
                if (sameChars(offset, key)) {
                    return (V) values[chars[offset + 2] << 16 | chars[offset + 3]];
                }
            }
            p = (p + 1) & mask;
        }
        return null;
    }

    private boolean sameChars(int offset, String key) {
        int length = chars[offset] << 16 | chars[offset + 1];
        if (length != key.length()) {
            return false;
        }
        int from = offset + HEADER;
        for (int i = 0; i < length; i++) {
            if (chars[from + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
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
