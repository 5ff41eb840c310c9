package io.newspipe.streams.tag;

import java.util.Arrays;
import java.util.Objects;

/**
 * Collects the entries of a {@link KeyTable} one by one, already packed ({@link PackedKeys}), so that a large
 * dictionary is never held as a {@link java.util.HashMap} of key strings first. Not thread-safe; {@link #build()}
 * once.
 *
 * @param <V> the type of the values
 */
final class KeyTableBuilder<V> {
    private final PackedKeys keys = new PackedKeys();
    private Object[] values = new Object[1 << 9];

    /** The index of the value of {@code key}, or -1 when it has none. */
    int indexOf(String key) {
        return keys.indexOf(key);
    }

    /** The value at {@code index} (from {@link #indexOf} or {@link #add}). */
    @SuppressWarnings("unchecked")
    V valueAt(int index) {
        return (V) values[Objects.checkIndex(index, keys.size())];
    }

    /** Replaces the value at {@code index}. */
    void set(int index, V value) {
        values[Objects.checkIndex(index, keys.size())] = Objects.requireNonNull(value, "value");
    }

    /**
     * Adds {@code key}, which has no value yet, with {@code value}; returns the value's index.
     *
     * @throws IllegalArgumentException if the key is there already
     */
    int add(String key, V value) {
        Objects.requireNonNull(value, "value");
        int index = keys.add(key);
        if (index == values.length) {
            values = Arrays.copyOf(values, index * 2);
        }
        values[index] = value;
        return index;
    }

    /** Number of keys added. */
    int size() {
        return keys.size();
    }

    /** The table, its keys in the order they were added. Uses the builder up (call this once). */
    KeyTable<V> build() {
        Object[] kept = Arrays.copyOf(values, keys.size());
        values = new Object[0];
        return new KeyTable<>(keys.pool(), kept);
    }
}
