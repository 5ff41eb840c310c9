package io.newspipe.streams.tag;

/**
 * Strings to non-negative ints in one open-addressing table (linear probing, at most half full): no
 * entry objects and no boxed values, and a string met again as the same instance is found without
 * comparing its chars. Each key's hash is kept beside it (0 made 1, and 0 marking an empty slot), so
 * that a probe reads the int array alone until the hashes match. Used by one thread at a time, and may be
 * {@link #reset} for the next article (a per-thread scratch); not thread-safe.
 */
final class StringIntTable {
    private String[] keys;
    private int[] hashes;
    private int[] values;
    /** The slots in use, in order of insertion: a reset clears these alone, not the whole table. */
    private int[] filled;
    private int size;

    /** An empty table sized for about {@code expected} strings. */
    StringIntTable(int expected) {
        allocate(Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1);
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        filled = new int[capacity / 2 + 1];
    }

    /**
     * Empties the table (clearing the used slots only) and makes room for up to {@code maxKeys} strings
     * without growing.
     */
    void reset(int maxKeys) {
        for (int k = 0; k < size; k++) {
            int p = filled[k];
            keys[p] = null;
            hashes[p] = 0;
        }
        size = 0;
        int capacity = Integer.highestOneBit(Math.max(8, maxKeys) * 2 - 1) << 1;
        if (keys.length < capacity) {
            allocate(capacity);
        }
    }

    /** The value of {@code key}, or -1 when it has none. */
    int get(String key) {
        int p = slot(keys, hashes, key, tag(key.hashCode()));
        return hashes[p] == 0 ? -1 : values[p];
    }

    /** Sets the value of {@code key} (a non-negative int). */
    void put(String key, int value) {
        int h = tag(key.hashCode());
        int p = slot(keys, hashes, key, h);
        if (hashes[p] == 0) {
            keys[p] = key;
            hashes[p] = h;
            filled[size] = p;
            if (++size * 2 > keys.length) {
                values[p] = value;
                grow();
                return;
            }
        }
        values[p] = value;
    }

    /** Number of strings held. */
    int size() {
        return size;
    }

    private static int tag(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The slot of {@code key} (its hash tag given), or the empty slot where it would go. */
    private static int slot(String[] keys, int[] hashes, String key, int tag) {
        int mask = keys.length - 1;
        int h = tag * 0x9E3779B9;
        int p = (h ^ h >>> 16) & mask;
        for (int t = hashes[p]; t != 0; t = hashes[p]) {
            if (t == tag) {
                String k = keys[p];
                if (k == key || k.equals(key)) {
                    return p;
                }
            }
            p = (p + 1) & mask;
        }
        return p;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        int[] oldFilled = filled;
        allocate(oldKeys.length * 2);
        for (int k = 0; k < size; k++) {
            int old = oldFilled[k];
            int p = slot(keys, hashes, oldKeys[old], oldHashes[old]);
            keys[p] = oldKeys[old];
            hashes[p] = oldHashes[old];
            values[p] = oldValues[old];
            filled[k] = p;
        }
    }
}
