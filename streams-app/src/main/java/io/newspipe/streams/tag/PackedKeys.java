package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strings numbered 0, 1, 2 … in the order they are added, held packed while a large table is loaded: each key goes
 * into a chunk of chars behind the header {@link KeyTable} reads (its length and its number), and an open-addressing
 * array of longs (at most half full, linear probing) finds it again. A key takes a few bytes a char where a
 * {@link java.util.HashMap} of key strings takes an entry and a string apiece (some 100 bytes a key); the owner
 * keeps the values in arrays indexed by number. Not thread-safe.
 */
final class PackedKeys {
    /** Chars of a chunk: a key starts below this, so that a slot's low 16 bits say where in its chunk. */
    private static final int CHUNK = 1 << 16;
    /** The chunks before the current one, each cut to the chars it holds; then the current one. */
    private final List<char[]> chunks = new ArrayList<>();
    private char[] current;
    /** Chars used in the current chunk. */
    private int used;
    /** Per slot: the key's hash tag (high half), its chunk (bits 16-31) and its place in the chunk (low 16 bits). */
    private long[] slots = new long[1 << 10];
    private int size;
    private long totalChars;

    /** The number of {@code key}, or -1 when it was never added. */
    int indexOf(String key) {
        long s = slots[slotOf(key, KeyTable.tag(key.hashCode()))];
        return s == 0 ? -1 : KeyTable.valueIndex(chunks.get((int) s >>> 16), (int) s & (CHUNK - 1));
    }

    /**
     * Adds {@code key}, never added before, and returns its number.
     *
     * @throws IllegalArgumentException if the key is there already
     */
    int add(String key) {
        int tag = KeyTable.tag(key.hashCode());
        int p = slotOf(key, tag);
        if (slots[p] != 0) {
            throw new IllegalArgumentException("key already added: " + key);
        }
        int need = KeyTable.HEADER + key.length();
        if (current == null || used + need > current.length) {
            if (current != null) {
                chunks.set(chunks.size() - 1, Arrays.copyOf(current, used));
            }
            current = new char[Math.max(CHUNK, need)];
            chunks.add(current);
            used = 0;
        }
        KeyTable.writeHeader(current, used, key.length(), size);
        key.getChars(0, key.length(), current, used + KeyTable.HEADER);
        slots[p] = (long) tag << 32 | (long) (chunks.size() - 1) << 16 | used;
        used += need;
        totalChars += need;
        if (++size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** Number of keys added. */
    int size() {
        return size;
    }

    /**
     * The keys back to back in one array, for a {@link KeyTable}: the chunks copied in order, each let go once
     * copied. Uses the keys up (call this once).
     */
    char[] pool() {
        char[] pool = new char[Math.toIntExact(totalChars)];
        int at = 0;
        for (int c = 0; c < chunks.size(); c++) {
            char[] chunk = chunks.get(c);
            int length = chunk == current ? used : chunk.length;
            System.arraycopy(chunk, 0, pool, at, length);
            at += length;
            chunks.set(c, null);
        }
        chunks.clear();
        current = null;
        slots = new long[0];
        size = 0;
        return pool;
    }

    private int slotOf(String key, int tag) {
        int mask = slots.length - 1;
        int p = start(tag, mask);
        for (long s = slots[p]; s != 0; s = slots[p]) {
            if ((int) (s >>> 32) == tag
                    && KeyTable.sameChars(chunks.get((int) s >>> 16), (int) s & (CHUNK - 1), key)) {
                return p;
            }
            p = (p + 1) & mask;
        }
        return p;
    }

    private static int start(int tag, int mask) {
        int m = tag * 0x9E3779B9;
        return (m ^ m >>> 16) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long s : old) {
            if (s != 0) {
                int p = start((int) (s >>> 32), mask);
                while (slots[p] != 0) {
                    p = (p + 1) & mask;
                }
                slots[p] = s;
            }
        }
    }
}
