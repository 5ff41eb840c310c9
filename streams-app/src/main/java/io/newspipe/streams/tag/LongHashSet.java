package io.newspipe.streams.tag;

/**
 * A set of longs in one open-addressing array (linear probing, at most half full): 16 bytes or less
 * per element and no boxing. Filled while the owner is built, then only read; reads are thread-safe
 * once the set is safely published.
 */
final class LongHashSet {
    /** Stands for 0, which marks an empty slot. */
    private static final long ZERO = 0x5DEECE66DL;
    private long[] slots;
    private int size;

    /** An empty set sized for about {@code expected} elements. */
    LongHashSet(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1];
    }

    /** Adds {@code value}. */
    void add(long value) {
        long v = value == 0 ? ZERO : value;
        int p = indexOf(slots, v);
        if (slots[p] == 0) {
            slots[p] = v;
            if (++size * 2 > slots.length) {
                grow();
            }
        }
    }

    /** Whether {@code value} was added (or, only if it is {@link #ZERO}, 0 was). */
    boolean contains(long value) {
        long v = value == 0 ? ZERO : value;
        return slots[indexOf(slots, v)] == v;
    }

    int size() {
        return size;
    }

    private static int indexOf(long[] slots, long v) {
        int mask = slots.length - 1;
        long m = v * 0xBF58476D1CE4E5B9L;
        int p = (int) (m ^ (m >>> 32)) & mask;
        while (slots[p] != 0 && slots[p] != v) {
            p = (p + 1) & mask;
        }
        return p;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long v : old) {
            if (v != 0) {
                slots[indexOf(slots, v)] = v;
            }
        }
    }
}
