package io.newspipe.streams.tag;

import it.unimi.dsi.fastutil.objects.AbstractObject2FloatMap;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import it.unimi.dsi.fastutil.objects.ObjectOpenHashSet;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import java.util.Objects;

/**
 * One of Lingua's n-gram probability models (n = 1 to 3) with the same float for every key, in one array of
 * longs: each slot holds a key's chars packed into 48 bits and, in the slot after it, the probability's bits.
 * A look-up reads one cache line, where Lingua's own map (a hash table of {@code String} keys) reads the key
 * array, the key's {@code String} and its chars and the value array, and so misses the cache three or four
 * times per n-gram when other stages have evicted it (Lingua looks every n-gram of a text up in the model of
 * every candidate language). Immutable and thread-safe.
 */
final class PackedNgramModel extends AbstractObject2FloatMap<String> {
    private static final long serialVersionUID = 1L;
    /** Longest key packed: three UTF-16 chars of 16 bits each, and the length above them. */
    static final int MAX_LENGTH = 3;
    /** Key then value bits, per slot; a key 0 marks an empty slot (every packed key has its length set). */
    private final long[] slots;
    private final int mask;
    private final int size;

    private PackedNgramModel(Object2FloatMap<String> model) {
        int capacity = Integer.highestOneBit(Math.max(4, model.size()) * 2 - 1) << 1;
        slots = new long[2 * capacity];
        mask = capacity - 1;
        int n = 0;
        for (Object2FloatMap.Entry<String> e : model.object2FloatEntrySet()) {
            long key = pack(e.getKey());
            int p = slot(key);
            if (slots[2 * p] == 0) {
                n++;
            }
            slots[2 * p] = key;
            slots[2 * p + 1] = Float.floatToRawIntBits(e.getFloatValue());
        }
        size = n;
        defaultReturnValue(model.defaultReturnValue());
    }

    /**
     * The packed copy of {@code model}, or null when some key cannot be packed (null, or longer than
     * {@value #MAX_LENGTH} chars): then the model is kept as it is.
     */
    static PackedNgramModel of(Object2FloatMap<String> model) {
        Objects.requireNonNull(model, "model");
        for (String key : model.keySet()) {
            if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
                return null;
            }
        }
        return new PackedNgramModel(model);
    }

    /** The chars of a key of 1 to {@value #MAX_LENGTH} chars and its length, in one long (never 0). */
    private static long pack(String key) {
        long packed = 0;
        for (int i = 0; i < key.length(); i++) {
            packed = packed << 16 | key.charAt(i);
        }
        return packed | (long) key.length() << 48;
    }

    private int slot(long key) {
        long m = key * 0x9E3779B97F4A7C15L;
        int p = (int) (m ^ m >>> 29) & mask;
        while (slots[2 * p] != 0 && slots[2 * p] != key) {
            p = (p + 1) & mask;
        }
        return p;
    }

    @Override
    public float getFloat(Object key) {
        if (!(key instanceof String s) || s.isEmpty() || s.length() > MAX_LENGTH) {
            return defaultReturnValue(); // no such key was packed
        }
        int p = slot(pack(s));
        return slots[2 * p] == 0 ? defaultReturnValue() : Float.intBitsToFloat((int) slots[2 * p + 1]);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && !s.isEmpty() && s.length() <= MAX_LENGTH && slots[2 * slot(pack(s))] != 0;
    }

    @Override
    public int size() {
        return size;
    }

    /** The entries, unpacked (for completeness: Lingua only looks keys up). */
    @Override
    public ObjectSet<Object2FloatMap.Entry<String>> object2FloatEntrySet() {
        ObjectOpenHashSet<Object2FloatMap.Entry<String>> entries = new ObjectOpenHashSet<>(size);
        for (int p = 0; p <= mask; p++) {
            long key = slots[2 * p];
            if (key != 0) {
                entries.add(new BasicEntry<>(unpack(key), Float.intBitsToFloat((int) slots[2 * p + 1])));
            }
        }
        return entries;
    }

    private static String unpack(long key) {
        int length = (int) (key >>> 48) & 0xFFFF;
        char[] chars = new char[length];
        long rest = key;
        for (int i = length - 1; i >= 0; i--) {
            chars[i] = (char) rest;
            rest >>>= 16;
        }
        return new String(chars);
    }
}
