package io.newspipe.streams.tag;

import java.util.Arrays;

/**
 * Phrase keys (word ids packed into a non-zero long by {@link KeywordCandidates}) to candidate numbers, in one
 * open-addressing table (linear probing, at most half full) reused from article to article: a {@link #reset}
 * zeroes only the slots the next article will use, so a short article touches a few cache lines rather than the
 * largest article's table. Not thread-safe (a per-thread scratch of {@link KeywordCandidates}).
 */
final class PhraseKeyIndex {
    private long[] keys = new long[0];
    private int[] numbers = new int[0];
    /** The slots in use are the first {@code capacity} (a power of two); those were zeroed by {@link #reset}. */
    private int capacity;
    private int size;

    /** Empties the index and sizes it for about {@code expected} keys without growing. */
    void reset(int expected) {
        size = 0;
        capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        if (keys.length < capacity) {
            keys = new long[capacity];
            numbers = new int[capacity];
        } else {
            Arrays.fill(keys, 0, capacity, 0);
        }
    }

    /**
     * The number of {@code key} (non-zero); when it has none, gives it {@code number} and returns -1: one probe
     * where a lookup and an insertion take two.
     */
    int putIfAbsent(long key, int number) {
        int mask = capacity - 1;
        int p = start(key, mask);
        while (keys[p] != 0 && keys[p] != key) {
            p = (p + 1) & mask;
        }
        if (keys[p] != 0) {
            return numbers[p];
        }
        keys[p] = key;
        numbers[p] = number;
        if (++size * 2 > capacity) {
            grow();
        }
        return -1;
    }

    /** Number of keys held. */
    int size() {
        return size;
    }

    private static int start(long key, int mask) {
        int h = (int) (key ^ key >>> 29 ^ key >>> 43) * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        int oldCapacity = capacity;
        capacity = oldCapacity * 2;
        keys = new long[Math.max(capacity, oldKeys.length)];
        numbers = new int[keys.length];
        int mask = capacity - 1;
        for (int k = 0; k < oldCapacity; k++) {
            long key = oldKeys[k];
            if (key != 0) {
                int p = start(key, mask);
                while (keys[p] != 0) {
                    p = (p + 1) & mask;
                }
                keys[p] = key;
                numbers[p] = oldNumbers[k];
            }
        }
    }
}
