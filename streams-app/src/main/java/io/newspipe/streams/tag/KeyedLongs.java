package io.newspipe.streams.tag;

import java.util.Arrays;

/**
 * Strings to non-negative longs, packed ({@link PackedKeys}, values in one {@code long[]}): the loader's lookups
 * by GeoNames id and by place key (country TAB folded name), tens of thousands of entries each that live only
 * while the dictionary loads, without an entry, a key string and a boxed value apiece. Not thread-safe.
 */
final class KeyedLongs {
    /** What {@link #get} gives for a key with no value. */
    static final long NONE = -1;
    private final PackedKeys keys = new PackedKeys();
    private long[] values = new long[1 << 9];

    /** The value of {@code key}, or {@link #NONE}. */
    long get(String key) {
        int index = keys.indexOf(key);
        return index < 0 ? NONE : values[index];
    }

    /** Whether {@code key} has a value. */
    boolean containsKey(String key) {
        return keys.indexOf(key) >= 0;
    }

    /** Sets the value of {@code key} (non-negative). */
    void put(String key, long value) {
        requireNonNegative(value);
        int index = keys.indexOf(key);
        set(index < 0 ? keys.add(key) : index, value);
    }

    /** Sets the value of {@code key} to {@code value} when it has none or a smaller one. */
    void putMax(String key, long value) {
        requireNonNegative(value);
        int index = keys.indexOf(key);
        if (index < 0) {
            set(keys.add(key), value);
        } else if (values[index] < value) {
            values[index] = value;
        }
    }

    /** Number of keys. */
    int size() {
        return keys.size();
    }

    private static void requireNonNegative(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
    }

    private void set(int index, long value) {
        if (index == values.length) {
            values = Arrays.copyOf(values, index * 2);
        }
        values[index] = value;
    }
}
