package io.newspipe.streams.tag;

/**
 * Strings to non-negative ints in one open-addressing table (linear probing, at most half full): no
 * entry objects and no boxed values, and a string met again as the same instance is found without
 * comparing its chars. Each key's hash (0 made 1) and value share one long slot (0 marking an empty slot),
 * so that a probe reads that array alone until the hashes match, and a hit reads the key beside it. A
 * {@link #reset} for the next article sizes the part of the arrays in use to that article: a short article
 * touches a few cache lines, not every line of the largest article's table. Not thread-safe while written (a
 * per-thread scratch); a table filled once and safely published may then be read by any thread.
 */
final class StringIntTable {
    private String[] keys;
    /** Hash tag (high half) and value (low half) of the key in each slot; 0 for an empty slot. */
    private long[] slots;
    /** The slots in use, in order of insertion: a reset clears these alone, not the whole table. */
    private int[] filled;
    /** Mask of the slots in use: a power of two less one, at most the arrays' length less one. */
    private int mask;
    private int size;

    /** An empty table sized for about {@code expected} strings. */
    StringIntTable(int expected) {
        int capacity = capacityFor(expected);
        allocate(capacity);
        mask = capacity - 1;
    }

    private static int capacityFor(int keys) {
        return Integer.highestOneBit(Math.max(8, keys) * 2 - 1) << 1;
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        slots = new long[capacity];
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
            slots[p] = 0;
        }
        size = 0;
        int capacity = capacityFor(maxKeys);
        if (keys.length < capacity) {
            allocate(capacity);
        }
        mask = capacity - 1;
    }

    /** The value of {@code key}, or -1 when it has none. */
    int get(String key) {
        long s = slots[slot(key, tag(key.hashCode()))];
        return s == 0 ? -1 : (int) s;
    }

    /** Sets the value of {@code key} (a non-negative int). */
    void put(String key, int value) {
        long h = tag(key.hashCode());
        int p = slot(key, (int) h);
        if (slots[p] == 0) {
            insert(p, key, h, value);
            return;
        }
        slots[p] = h << 32 | value;
    }

    /**
     * The value of {@code key}; when it has none, sets it to {@code value} and returns -1: one probe where
     * a {@link #get} and a {@link #put} take two.
     */
    int putIfAbsent(String key, int value) {
        long h = tag(key.hashCode());
        int p = slot(key, (int) h);
        long s = slots[p];
        if (s != 0) {
            return (int) s;
        }
        insert(p, key, h, value);
        return -1;
    }

    /**
     * The slot of {@code key} (or the empty slot where it would go), for {@link #valueAt} and {@link #putAt}:
     * valid until the table is next written.
     */
    int find(String key) {
        return slot(key, tag(key.hashCode()));
    }

    /** The value in slot {@code p} (from {@link #find}), or -1 when the key it was found for has none. */
    int valueAt(int p) {
        long s = slots[p];
        return s == 0 ? -1 : (int) s;
    }

    /**
     * Gives {@code key}, which has no value, the value {@code value} in slot {@code p}: the slot {@link #find}
     * returned for it, with no write to the table in between.
     */
    void putAt(int p, String key, int value) {
        insert(p, key, tag(key.hashCode()), value);
    }

    private void insert(int p, String key, long h, int value) {
        keys[p] = key;
        filled[size] = p;
        slots[p] = h << 32 | value;
        if (++size * 2 > mask + 1) {
            grow();
        }
    }

    /** Number of strings held. */
    int size() {
        return size;
    }

    private static int tag(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The slot of {@code key} (its hash tag given), or the empty slot where it would go. */
    private int slot(String key, int tag) {
        int h = tag * 0x9E3779B9;
        int p = (h ^ h >>> 16) & mask;
        for (long s = slots[p]; s != 0; s = slots[p]) {
            if ((int) (s >>> 32) == tag) {
                String k = keys[p];
                if (k == key || k.equals(key)) {
                    return p;
                }
            }
            p = (p + 1) & mask;
        }
        return p;
    }

    /** Doubles the slots in use (the arrays too when they are full), moving every key. */
    private void grow() {
        String[] oldKeys = new String[size];
        long[] oldSlots = new long[size];
        for (int k = 0; k < size; k++) {
            int p = filled[k];
            oldKeys[k] = keys[p];
            oldSlots[k] = slots[p];
            keys[p] = null;
            slots[p] = 0;
        }
        int capacity = (mask + 1) * 2;
        if (keys.length < capacity) {
            allocate(capacity);
        }
        mask = capacity - 1;
        for (int k = 0; k < size; k++) {
            int p = slot(oldKeys[k], (int) (oldSlots[k] >>> 32));
            keys[p] = oldKeys[k];
            slots[p] = oldSlots[k];
            filled[k] = p;
        }
    }
}
