package io.newspipe.streams.tag;

import it.unimi.dsi.fastutil.objects.AbstractObject2FloatMap;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import it.unimi.dsi.fastutil.objects.ObjectOpenHashSet;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import java.util.Objects;

/**
 * One of Lingua's n-gram probability models (n = 1 to 3) with the same float for every key, in one array of
 * longs. A look-up reads one cache line, where Lingua's own map (a hash table of {@code String} keys) reads the key
 * array, the key's {@code String} and its chars and the value array, and so misses the cache three or four
 * times per n-gram when other stages have evicted it (Lingua looks every n-gram of a text up in the model of
 * every candidate language). Two layouts: when the model's keys use at most {@value #MAIN} consecutive code points
 * from their smallest char and at most {@value #EXTRA} others (one script and a few stray letters: every model
 * Lingua has), a slot is one long, the key's chars as 10-bit codes and its length in the high half and the
 * probability's bits in the low half, in a table up to 70 % full: a 3-gram model
 * takes 256 KB, not 1 MB, so the language step's models (several per page, probed at random) sweep a quarter of the
 * cache lines and pages they did; otherwise a slot is two longs, the key's 16-bit chars and length, then the
 * probability's bits, at most half full. Immutable and thread-safe.
 */
final class PackedNgramModel extends AbstractObject2FloatMap<String> {
    private static final long serialVersionUID = 1L;
    /** Longest key packed: three UTF-16 chars of 16 bits each, and the length above them. */
    static final int MAX_LENGTH = 3;
    /** Chars coded by their offset from the smallest key char: codes 1 to MAIN (0 is kept for "no char"). */
    static final int MAIN = 767;
    /** Other chars, coded by their rank in {@link #extras}: codes MAIN + 1 to 1,023. */
    static final int EXTRA = 1023 - MAIN;
    private static final int CODE_BITS = 10;
    /**
     * Compact layout: key (high half) and probability bits (low half) per slot. Wide layout: key then value bits,
     * two longs per slot. A key 0 marks an empty slot (every packed key has its length set).
     */
    private final long[] slots;
    private final int mask;
    private final int size;
    /** Whether the slots hold one long each (compact) or two (wide). */
    private final boolean compact;
    /** The compact layout's smallest key char less one: a char c up to base + MAIN has the code c - base. */
    private final int base;
    /** The compact layout's key chars above base + MAIN, sorted. */
    private final char[] extras;

    private PackedNgramModel(Object2FloatMap<String> model) {
        java.util.BitSet chars = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (String key : model.keySet()) {
            key.chars().forEach(chars::set);
        }
        base = chars.isEmpty() ? 0 : chars.nextSetBit(0) - 1;
        java.util.BitSet above = chars.get(base + MAIN + 1, Math.max(base + MAIN + 1, chars.length()));
        compact = above.cardinality() <= EXTRA;
        extras = new char[compact ? above.cardinality() : 0];
        for (int c = above.nextSetBit(0), k = 0; c >= 0 && compact; c = above.nextSetBit(c + 1)) {
            extras[k++] = (char) (c + base + MAIN + 1);
        }
        int capacity = compact ? capacityFor(model.size())
                : Integer.highestOneBit(Math.max(4, model.size()) * 2 - 1) << 1;
        slots = new long[compact ? capacity : 2 * capacity];
        mask = capacity - 1;
        int n = 0;
        for (Object2FloatMap.Entry<String> e : model.object2FloatEntrySet()) {
            int bits = Float.floatToRawIntBits(e.getFloatValue());
            if (compact) {
                long key = (long) packCompact(e.getKey()) << 32;
                int p = compactSlot(key);
                n += slots[p] == 0 ? 1 : 0;
                slots[p] = key | bits & 0xFFFF_FFFFL;
            } else {
                long key = pack(e.getKey());
                int p = slot(key);
                n += slots[2 * p] == 0 ? 1 : 0;
                slots[2 * p] = key;
                slots[2 * p + 1] = bits;
            }
        }
        size = n;
        defaultReturnValue(model.defaultReturnValue());
    }

    /** Smallest power of two holding {@code keys} at most 70 % full (linear probing stays short). */
    private static int capacityFor(int keys) {
        int capacity = 4;
        while (keys > capacity * 7L / 10) {
            capacity <<= 1;
        }
        return capacity;
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

    /**
     * The compact layout's key: each char's code in 10 bits and the length above them (never 0); 0 when some
     * char is in no key of the model, so that no key of the model can be it.
     */
    private int packCompact(String key) {
        int packed = 0;
        for (int i = 0; i < key.length(); i++) {
            int code = code(key.charAt(i));
            if (code == 0) {
                return 0;
            }
            packed = packed << CODE_BITS | code;
        }
        return packed | key.length() << 3 * CODE_BITS;
    }

    /** The compact code of {@code c} (1 to 1,023), or 0 for a char in no key. */
    private int code(char c) {
        int offset = c - base;
        if (offset <= MAIN) {
            return Math.max(offset, 0);
        }
        int rank = java.util.Arrays.binarySearch(extras, c); // rare: a char far above the model's script
        return rank < 0 ? 0 : MAIN + 1 + rank;
    }

    /** The slot of the compact {@code key} (in the high half), or the empty slot where it would go. */
    private int compactSlot(long key) {
        long m = (key >>> 32) * 0x9E3779B97F4A7C15L; // the product's high half mixes every bit of the key
        int p = (int) (m >>> 32) & mask;
        while (slots[p] != 0 && (slots[p] & 0xFFFF_FFFF_0000_0000L) != key) {
            p = (p + 1) & mask;
        }
        return p;
    }

    private int slot(long key) {
        long m = key * 0x9E3779B97F4A7C15L;
        int p = (int) (m ^ m >>> 29) & mask;
        while (slots[2 * p] != 0 && slots[2 * p] != key) {
            p = (p + 1) & mask;
        }
        return p;
    }

    /** The slot of {@code key}'s probability bits (compact: the slot itself), or -1 when the model lacks it. */
    private int find(Object key) {
        if (!(key instanceof String s) || s.isEmpty() || s.length() > MAX_LENGTH) {
            return -1; // no such key was packed
        }
        if (compact) {
            int packed = packCompact(s);
            if (packed == 0) {
                return -1;
            }
            int p = compactSlot((long) packed << 32);
            return slots[p] == 0 ? -1 : p;
        }
        int p = slot(pack(s));
        return slots[2 * p] == 0 ? -1 : 2 * p + 1;
    }

    @Override
    public float getFloat(Object key) {
        int p = find(key);
        return p < 0 ? defaultReturnValue() : Float.intBitsToFloat((int) slots[p]);
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    /** Whether the model took the one-long-per-slot layout (its keys' chars lie within one span). */
    boolean isCompact() {
        return compact;
    }

    /** Bytes of the slots. */
    long bytes() {
        return slots.length * 8L;
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
            long key = compact ? slots[p] >>> 32 : slots[2 * p];
            if (key != 0) {
                String k = compact ? unpackCompact((int) key) : unpack(key);
                entries.add(new BasicEntry<>(k, Float.intBitsToFloat((int) slots[compact ? p : 2 * p + 1])));
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

    private String unpackCompact(int key) {
        int length = key >>> 3 * CODE_BITS;
        char[] chars = new char[length];
        int rest = key;
        for (int i = length - 1; i >= 0; i--) {
            int code = rest & (1 << CODE_BITS) - 1;
            chars[i] = code <= MAIN ? (char) (code + base) : extras[code - MAIN - 1];
            rest >>>= CODE_BITS;
        }
        return new String(chars);
    }
}
