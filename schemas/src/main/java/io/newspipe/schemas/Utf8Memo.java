package io.newspipe.schemas;

import java.util.Arrays;

/**
 * The UTF-8 bytes of the last few long strings this thread encoded or decoded, found again by the
 * string's identity: an article's body text and body HTML are encoded more than once in one thread (the
 * candidate for the dedup topic, then the article; the article again for each routed topic), and the dedup
 * task decodes them from the candidate and encodes the same instances into the article. Encoding them is
 * most of an article record's cost; copying their bytes is a tenth of it. A string's UTF-8 form is a pure
 * function of its characters, so a hit writes exactly the bytes encoding would. Only strings of at least
 * {@value #MIN_CHARS} characters and at most {@value #MAX_BYTES} bytes are kept, {@value #SLOTS} at a time
 * (the oldest replaced first): an encoded string as a private copy of its bytes (the encoder's buffer is
 * reused), a decoded one as a view of the message it was read from (no copy: a consumed message's array is
 * never written again, as {@code RawPage}'s body view already relies on). Not thread-safe: one per thread
 * ({@link #get}).
 */
final class Utf8Memo {
    /** Shorter strings encode in about the time the look-up takes. */
    static final int MIN_CHARS = 256;
    static final int SLOTS = 8;
    /** Longer strings are not kept: what a thread holds stays under {@code SLOTS} MB (and their messages). */
    static final int MAX_BYTES = 1 << 20;
    private static final ThreadLocal<Utf8Memo> PER_THREAD = ThreadLocal.withInitial(Utf8Memo::new);
    private final String[] strings = new String[SLOTS];
    private final byte[][] arrays = new byte[SLOTS][];
    private final int[] offsets = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private int next;

    /** This thread's memo. */
    static Utf8Memo get() {
        return PER_THREAD.get();
    }

    /** The slot holding the UTF-8 bytes of this very string instance, or -1. */
    int slotOf(String s) {
        for (int i = 0; i < SLOTS; i++) {
            if (strings[i] == s) {
                return i;
            }
        }
        return -1;
    }

    /** The array holding a slot's bytes, from {@link #offset} for {@link #length} bytes. Do not modify it. */
    byte[] array(int slot) {
        return arrays[slot];
    }

    int offset(int slot) {
        return offsets[slot];
    }

    int length(int slot) {
        return lengths[slot];
    }

    /** A copy of the UTF-8 bytes kept for this very string instance, or null. */
    byte[] bytesOf(String s) {
        int slot = slotOf(s);
        return slot < 0 ? null : Arrays.copyOfRange(arrays[slot], offsets[slot], offsets[slot] + lengths[slot]);
    }

    /**
     * Keeps a copy of {@code utf8[from, from + length)} as the UTF-8 form of {@code s}; the caller vouches
     * that it is exactly what encoding {@code s} writes.
     */
    void keep(String s, byte[] utf8, int from, int length) {
        if (length <= MAX_BYTES) {
            put(s, Arrays.copyOfRange(utf8, from, from + length), 0, length);
        }
    }

    /**
     * Keeps {@code s} decoded from the UTF-8 in {@code message[from, from + length)}, as a view of the message
     * (never written after it is decoded), when encoding it again gives those bytes back: always, unless the
     * decoder replaced a malformed sequence by U+FFFD (a string holding U+FFFD at all is not kept; well-formed
     * UTF-8 decodes and encodes back to itself).
     */
    void keepDecoded(String s, byte[] message, int from, int length) {
        if (s.length() >= MIN_CHARS && length <= MAX_BYTES && s.indexOf('\uFFFD') < 0) {
            put(s, message, from, length);
        }
    }

    private void put(String s, byte[] array, int from, int length) {
        strings[next] = s;
        arrays[next] = array;
        offsets[next] = from;
        lengths[next] = length;
        next = (next + 1) % SLOTS;
    }
}
