package io.newspipe.streams.dedup;

/**
 * Working arrays of {@link TextFingerprinter} for one thread: the word hashes, the shingle hashes and the
 * distinct-count table of a text, grown as needed and reused from text to text. A fresh set per text
 * was about four times the text's size in zeroed memory (the word array alone is sized for the most
 * words the text could hold). The table is kept empty between uses. Not thread-safe: one per thread
 * ({@link #get}).
 */
final class ShingleScratch {
    /** A longer text gets arrays of its own, not kept: what a thread keeps stays a few MB. */
    private static final int MAX_KEPT = 1 << 18;
    private static final ThreadLocal<ShingleScratch> PER_THREAD = ThreadLocal.withInitial(ShingleScratch::new);
    private long[] words = new long[4096];
    private long[] shingles = new long[4096];
    private long[] table = new long[8192];
    private int[] filled = new int[4096];

    /** This thread's scratch. */
    static ShingleScratch get() {
        return PER_THREAD.get();
    }

    /** An array of at least {@code n} word hashes (contents undefined). */
    long[] words(int n) {
        if (words.length < n) {
            if (n > MAX_KEPT) {
                return new long[n];
            }
            words = new long[Math.max(n, Math.min(MAX_KEPT, 2 * words.length))];
        }
        return words;
    }

    /** An array of at least {@code n} shingle hashes (contents undefined). */
    long[] shingles(int n) {
        if (shingles.length < n) {
            if (n > MAX_KEPT) {
                return new long[n];
            }
            shingles = new long[Math.max(n, Math.min(MAX_KEPT, 2 * shingles.length))];
        }
        return shingles;
    }

    /** An all-zero table of at least {@code n} slots; the caller zeroes again every slot it sets. */
    long[] table(int n) {
        if (table.length < n) {
            if (n > MAX_KEPT) {
                return new long[n];
            }
            table = new long[Math.max(n, Math.min(MAX_KEPT, 2 * table.length))];
        }
        return table;
    }

    /** An array of at least {@code n} slot indexes (contents undefined). */
    int[] filled(int n) {
        if (filled.length < n) {
            if (n > MAX_KEPT) {
                return new int[n];
            }
            filled = new int[Math.max(n, Math.min(MAX_KEPT, 2 * filled.length))];
        }
        return filled;
    }
}
