package io.newspipe.schemas;

import java.util.Arrays;

/**
 * The UTF-8 bytes of the last few long strings this thread encoded or decoded, found again by the
 * string's identity: an article's body text and body HTML are encoded more than once in one thread (the
 * candidate for the dedup topic, then the article; the article again for each routed topic), and the dedup
 * task decodes them from the candidate and encodes the same instances into the article. Encoding them is
 * most of an article record's cost; copying their bytes is a tenth of it. A string's UTF-8 form is a pure
 * function of its characters, so a hit writes exactly the bytes encoding would. Only strings of at least
 * {@value #MIN_CHARS} characters and at most {@value #MAX_BYTES} bytes are kept, {@value #SLOTS} at a time (the oldest replaced first), each as a
 * private copy of its bytes. Not thread-safe: one per thread ({@link #get}).
 */
final class Utf8Memo {
    /** Shorter strings encode in about the time the look-up takes. */
    static final int MIN_CHARS = 256;
    static final int SLOTS = 8;
    /** Longer strings are not kept: what a thread holds stays under {@code SLOTS} MB. */
    static final int MAX_BYTES = 1 << 20;
    private static final ThreadLocal<Utf8Memo> PER_THREAD = ThreadLocal.withInitial(Utf8Memo::new);
    private final String[] strings = new String[SLOTS];
    private final byte[][] bytes = new byte[SLOTS][];
    private int next;

    /** This thread's memo. */
    static Utf8Memo get() {
        return PER_THREAD.get();
    }

    /** The UTF-8 bytes of this very string instance if they are kept, else null. Do not modify them. */
    byte[] bytesOf(String s) {
        for (int i = 0; i < SLOTS; i++) {
            if (strings[i] == s) {
                return bytes[i];
            }
        }
        return null;
    }

    /**
     * Keeps a copy of {@code utf8[from, from + length)} as the UTF-8 form of {@code s}; the caller vouches
     * that it is exactly what encoding {@code s} writes.
     */
    void keep(String s, byte[] utf8, int from, int length) {
        if (length > MAX_BYTES) {
            return;
        }
        strings[next] = s;
        bytes[next] = Arrays.copyOfRange(utf8, from, from + length);
        next = (next + 1) % SLOTS;
    }

    /**
     * Keeps {@code s} decoded from the UTF-8 in {@code utf8[from, from + length)} when encoding it again
     * gives those bytes back: always, unless the decoder replaced a malformed sequence by U+FFFD (a string
     * holding U+FFFD at all is not kept; well-formed UTF-8 decodes and encodes back to itself).
     */
    void keepDecoded(String s, byte[] utf8, int from, int length) {
        if (s.length() >= MIN_CHARS && s.indexOf('\uFFFD') < 0) {
            keep(s, utf8, from, length);
        }
    }
}
