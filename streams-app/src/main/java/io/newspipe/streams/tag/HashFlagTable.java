package io.newspipe.streams.tag;

/**
 * Two flags per 64-bit hash in one open-addressing array (linear probing, at most half full): the
 * hash's low two bits are dropped and hold the flags instead, so one probe answers both questions
 * and no element is boxed. A filter: an absent hash surely was never added; a present one was, or
 * collides with one that was. Filled while the owner is built, then only read; reads are thread-safe
 * once the table is safely published.
 */
final class HashFlagTable {
    static final int FIRST = 1;
    static final int SECOND = 2;
    private static final long FLAGS = 3L;
    /** Stands for the hash part 0, which would look like an empty slot. */
    private static final long ZERO = 0x5DEECE66CL;
    private long[] slots;
    private int size;

    /** An empty table sized for about {@code expected} hashes. */
    HashFlagTable(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1];
    }

    /** Sets {@code flags} ({@link #FIRST}, {@link #SECOND} or both) on {@code hash}. */
    void add(long hash, int flags) {
        long part = part(hash);
        int p = indexOf(slots, part);
        if (slots[p] == 0) {
            slots[p] = part | flags;
            if (++size * 2 > slots.length) {
                grow();
            }
        } else {
            slots[p] |= flags;
        }
    }

    /** The flags set on {@code hash} (0 when it was never added). */
    int flags(long hash) {
        long slot = slots[indexOf(slots, part(hash))];
        return (int) (slot & FLAGS);
    }

    /** Number of distinct hashes. */
    int size() {
        return size;
    }

    /** Megabytes the table holds. */
    double megabytes() {
        return slots.length * 8 / 1e6;
    }

    private static long part(long hash) {
        long part = hash & ~FLAGS;
        return part == 0 ? ZERO : part;
    }

    private static int indexOf(long[] slots, long part) {
        int mask = slots.length - 1;
        long m = part * 0xBF58476D1CE4E5B9L;
        int p = (int) (m ^ (m >>> 32)) & mask;
        while (slots[p] != 0 && (slots[p] & ~FLAGS) != part) {
            p = (p + 1) & mask;
        }
        return p;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long v : old) {
            if (v != 0) {
                slots[indexOf(slots, v & ~FLAGS)] = v;
            }
        }
    }
}
