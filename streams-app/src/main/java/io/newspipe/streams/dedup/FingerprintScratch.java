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
    private long[] words = new long[0];
    private long[] shingles = new long[0];
    private long[] table = new long[0];

    private FingerprintScratch() {
    }

    /** The calling thread's scratch. */
    static FingerprintScratch get() {
        return PER_THREAD.get();
    }

    /** A buffer of at least {@code size} characters; its content is garbage. */
    char[] chars(int size) {
        if (size > chars.length) {
            char[] fresh = new char[grown(chars.length, size)];
            if (size > MAX_KEPT) {
                return fresh;
            }
            chars = fresh;
        }
        return chars;
    }

    /** A buffer of at least {@code size} longs; its content is garbage. */
    long[] words(int size) {
        if (size > words.length) {
            long[] fresh = new long[grown(words.length, size)];
            if (size > MAX_KEPT) {
                return fresh;
            }
            words = fresh;
        }
        return words;
    }

    /** A buffer of at least {@code size} longs; its content is garbage. */
    long[] shingles(int size) {
        if (size > shingles.length) {
            long[] fresh = new long[grown(shingles.length, size)];
            if (size > MAX_KEPT) {
                return fresh;
            }
            shingles = fresh;
        }
        return shingles;
    }

    /** A buffer of at least {@code size} longs whose first {@code size} are zero. */
    long[] table(int size) {
        if (size > table.length) {
            long[] fresh = new long[size];
            if (size > MAX_KEPT) {
                return fresh;
            }
            table = fresh;
            return fresh;
        }
        java.util.Arrays.fill(table, 0, size, 0L);
        return table;
    }

    private static int grown(int current, int size) {
        return size > MAX_KEPT ? size : Math.min(MAX_KEPT, Math.max(size, current + (current >> 1)));
    }
}
