package io.newspipe.streams.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A b-bit MinHash signature: the low {@code bits} bits of each MinHash value, the number of distinct
 * shingles of the text (for containment estimates) and the {@link NumberSketch} of its numbers (for the
 * number-agreement check), everything {@link DuplicateRule} compares. Immutable (the array is copied in
 * and out) and thread-safe.
 */
public final class MinHashSignature {
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private final int[] values;
    private final int bits;
    private final int shingleCount;
    private final NumberSketch numbers;

    /** Wraps {@code values}, each already reduced to its low {@code bits} bits, for a text without numbers. */
    public MinHashSignature(int[] values, int bits, int shingleCount) {
        this(values, bits, shingleCount, NumberSketch.EMPTY);
    }

    /** Wraps {@code values}, each already reduced to its low {@code bits} bits. */
    public MinHashSignature(int[] values, int bits, int shingleCount, NumberSketch numbers) {
        this(Objects.requireNonNull(values, "values").clone(), bits, shingleCount, numbers, true);
    }

    /**
     * Takes {@code owned} as it is (an array made for this signature alone); the flag only tells the two
     * constructors apart.
     */
    private MinHashSignature(int[] owned, int bits, int shingleCount, NumberSketch numbers, boolean handedOver) {
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        if (bits != 8 && bits != 16 && bits != 32) {
            throw new IllegalArgumentException("bits must be 8, 16 or 32");
        }
        if (shingleCount < 0) {
            throw new IllegalArgumentException("shingleCount < 0");
        }
        this.values = owned;
        this.bits = bits;
        this.shingleCount = shingleCount;
    }

    /**
     * A signature over {@code values}, which the caller made for it and hands over (no copy: the fingerprint
     * and the codecs' reads made a second array of 64 values for every signature).
     */
    static MinHashSignature ofOwned(int[] values, int bits, int shingleCount, NumberSketch numbers) {
        return new MinHashSignature(values, bits, shingleCount, numbers, true);
    }

    /**
     * Reads what the state and message codecs write after the shingle count: {@code numHashes} values of
     * {@code bits / 8} big-endian bytes each, then the {@link NumberSketch}.
     */
    static MinHashSignature read(java.nio.ByteBuffer in, int numHashes, int bits, int shingleCount) {
        int bytesPerValue = bits / 8;
        int[] values = new int[numHashes];
        for (int i = 0; i < values.length; i++) {
            int v = 0;
            for (int b = 0; b < bytesPerValue; b++) {
                v = (v << 8) | (in.get() & 0xFF);
            }
            values[i] = v;
        }
        return ofOwned(values, bits, shingleCount, NumberSketch.readFrom(in));
    }

    int[] rawValues() {
        return values;
    }

    /** A copy of the values. */
    public int[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public int bits() {
        return bits;
    }

    public int shingleCount() {
        return shingleCount;
    }

    /** The sketch of the text's numbers. */
    public NumberSketch numbers() {
        return numbers;
    }

    /** Hex of the values ({@code bits / 4} digits each), for the article's {@code fingerprint} field. */
    public String toHex() {
        int digits = bits / 4;
        byte[] out = new byte[values.length * digits];
        int at = 0;
        for (int v : values) {
            for (int shift = bits - 4; shift >= 0; shift -= 4) {
                out[at++] = HEX_DIGITS[(v >>> shift) & 0xF];
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature other && bits == other.bits && shingleCount == other.shingleCount
                && numbers.equals(other.numbers) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + shingleCount;
    }

    @Override
    public String toString() {
        return "MinHashSignature[" + values.length + "x" + bits + "bit, shingles=" + shingleCount + "]";
    }
}
