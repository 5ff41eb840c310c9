package io.newspipe.streams.dedup;

/**
 * The working arrays of one thread's {@link TextFingerprinter} calls (the body's characters, word hashes,
 * shingle hashes, the distinct-count table), kept between pages: a fingerprint allocated about six bytes per
 * character of body text, which the stream thread's allocation then swept through the cache ahead of the
 * tag stage's tables. An array the call needs beyond {@link #MAX_KEPT} elements is allocated for that call
 * only, so one huge page does not pin memory for the thread's life. Each instance is confined to its thread;
 * {@link #get} is thread-safe.
 */
final class FingerprintScratch {
    /** Arrays up to this many elements (a body of about 256 K characters) are kept for the next page. */
    static final int MAX_KEPT = 1 << 18;
    private static final ThreadLocal<FingerprintScratch> PER_THREAD = ThreadLocal.withInitial(FingerprintScratch::new);

    private char[] chars = new char[0];
    private final Longs words = new Longs();
    private final Longs shingles = new Longs();
    private final Longs table = new Longs();

    private FingerprintScratch() {
    }

    /** The calling thread's scratch. */
    static FingerprintScratch get() {
        return PER_THREAD.get();
    }

    /** A buffer of at least {@code size} characters; its content is garbage. */
    char[] chars(int size) {
        if (size <= chars.length) {
            return chars;
        }
        char[] fresh = new char[grown(chars.length, size)];
        if (size <= MAX_KEPT) {
            chars = fresh;
        }
        return fresh;
    }

    /** A buffer of at least {@code size} longs; its content is garbage. */
    long[] words(int size) {
        return words.atLeast(size);
    }

    /** A buffer of at least {@code size} longs; its content is garbage. */
    long[] shingles(int size) {
        return shingles.atLeast(size);
    }

    /** A buffer of at least {@code size} longs whose first {@code size} are zero. */
    long[] table(int size) {
        long[] t = table.atLeast(size);
        java.util.Arrays.fill(t, 0, size, 0L);
        return t;
    }

    /** One kept buffer of longs, the grow-or-reuse rule of every long buffer here. */
    private static final class Longs {
        private long[] array = new long[0];

        /** The kept buffer if it holds {@code size}, else a grown one (kept unless over {@link #MAX_KEPT}). */
        long[] atLeast(int size) {
            if (size <= array.length) {
                return array;
            }
            long[] fresh = new long[grown(array.length, size)];
            if (size <= MAX_KEPT) {
                array = fresh;
            }
            return fresh;
        }
    }

    private static int grown(int current, int size) {
        return size > MAX_KEPT ? size : Math.min(MAX_KEPT, Math.max(size, current + (current >> 1)));
    }
}
