package io.newspipe.streams.dedup;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Computes the dedup {@link Fingerprint} of a body text: normalisation ({@link DedupText}), content hash,
 * MinHash over word shingles and LSH band keys. The hash family is fixed by a constant seed so every
 * instance, on every machine and after every restart, computes the same fingerprint for the same text.
 * Immutable and thread-safe.
 */
public final class TextFingerprinter {
    private static final long SEED = 0x6E65777370697065L; // "newspipe"
    private static final long MAX_32 = 0xFFFF_FFFFL;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final DedupConfig config;
    private final long[] multipliers;
    private final long[] offsets;

    public TextFingerprinter(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        SplittableRandom random = new SplittableRandom(SEED);
        multipliers = new long[config.numHashes()];
        offsets = new long[config.numHashes()];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    public DedupConfig config() {
        return config;
    }

    /**
     * The fingerprint of a raw body text (normalised here; numbers read from the raw text). The working arrays
     * are the calling thread's {@link FingerprintScratch}, so a page allocates little more than the result.
     */
    public Fingerprint fingerprint(String bodyText) {
        Objects.requireNonNull(bodyText, "bodyText");
        FingerprintScratch scratch = FingerprintScratch.get();
        int n = bodyText.length();
        char[] text = scratch.chars(n);
        bodyText.getChars(0, n, text, 0);
        NumberSketch.Builder numbers = new NumberSketch.Builder();
        DedupText.Chars normalised = DedupText.normaliseToChars(bodyText, text, n, numbers);
        return fingerprint(normalised.chars(), normalised.length(), numbers.build(), scratch);
    }

    /**
     * The fingerprint of a text already normalised by {@link DedupText#normalise}; normalisation has
     * folded the number separators away, so the signature carries no number sketch.
     */
    public Fingerprint fingerprintNormalised(String normalised) {
        char[] chars = Objects.requireNonNull(normalised, "normalised").toCharArray();
        return fingerprint(chars, chars.length, NumberSketch.EMPTY, FingerprintScratch.get());
    }

    private Fingerprint fingerprint(char[] normalised, int length, NumberSketch numbers, FingerprintScratch scratch) {
        long[] words = scratch.words(length / 2 + 2);
        int wordCount = wordHashes(normalised, length, words);
        long[] shingles = scratch.shingles(shingleCount(wordCount));
        int count = shingleHashes(words, wordCount, shingles);
        long[] mins = minHashes(shingles, count);
        int distinct = countDistinct(shingles, count, scratch.table(tableSize(count)));
        int[] values = new int[mins.length];
        long mask = config.signatureBits() == 32 ? MAX_32 : (1L << config.signatureBits()) - 1;
        for (int i = 0; i < mins.length; i++) {
            values[i] = (int) ((distinct == 0 ? MAX_32 : mins[i]) & mask);
        }
        MinHashSignature signature = MinHashSignature.ofOwned(values, config.signatureBits(), distinct, numbers);
        return new Fingerprint(ArticleIds.contentHash(normalised, length), signature, bandKeys(mins, distinct));
    }

    /**
     * The minimum of each hash function {@code (a * x + b) >>> 32} over the shingles. Shingle-major order:
     * for each shingle one pass over the functions' arrays, a loop the JIT can vectorise (the function-major
     * order it replaces kept one running minimum and could not be); two shingles per pass, so each pass
     * loads and stores the running minima once for two (about a tenth less time on the bench pages). The
     * minima are branch-free with a sign mask {@code -(d >>> 63)}: AVX2 has no 64-bit arithmetic shift, so
     * the JIT emulates {@code d >> 63} in vectors with several instructions, while a logical shift and a
     * negation are one each (the same mask: all ones when {@code d < 0}); about 15 % less time here.
     */
    private long[] minHashes(long[] shingles, int count) {
        long[] a = multipliers;
        long[] b = offsets;
        long[] mins = new long[a.length];
        Arrays.fill(mins, MAX_32 + 1);
        int j = 0;
        for (; j + 1 < count; j += 2) {
            long x = shingles[j];
            long y = shingles[j + 1];
            for (int i = 0; i < mins.length; i++) {
                long hx = (a[i] * x + b[i]) >>> 32;
                long hy = (a[i] * y + b[i]) >>> 32;
                // branch-free minima (values are below 2^33, the differences cannot overflow): Java 17's
                // Math.min(long, long) is a conditional move the JIT does not vectorise
                long d = hy - hx;
                long h = hx + (d & -(d >>> 63));
                long e = h - mins[i];
                mins[i] += e & -(e >>> 63);
            }
        }
        if (j < count) {
            long x = shingles[j];
            for (int i = 0; i < mins.length; i++) {
                long d = ((a[i] * x + b[i]) >>> 32) - mins[i];
                mins[i] += d & -(d >>> 63);
            }
        }
        return mins;
    }

    private long[] bandKeys(long[] mins, int distinct) {
        long[] keys = new long[config.bands()];
        int rows = config.rowsPerBand();
        for (int band = 0; band < keys.length; band++) {
            long h = mix(0x9E3779B97F4A7C15L * (band + 1));
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ (distinct == 0 ? MAX_32 : mins[band * rows + r]));
            }
            keys[band] = h;
        }
        return keys;
    }

    /** 64-bit hashes of the word shingles of a normalised text, in text order. */
    public long[] shingleHashes(String normalised) {
        return shingleHashes(wordHashes(Objects.requireNonNull(normalised, "normalised")));
    }

    /** Hashes of the words of a normalised text (split on space and newline), without allocating the words. */
    static long[] wordHashes(String normalised) {
        long[] hashes = new long[normalised.length() / 2 + 2];
        return Arrays.copyOf(hashes, wordHashes(normalised.toCharArray(), normalised.length(), hashes));
    }

    /**
     * Writes the word hashes of {@code normalised[0, length)} to {@code hashes} (room for {@code length / 2 + 2})
     * and returns their number. Without a branch at word ends (they would mispredict once a word): at every
     * character the hash so far is written to the next slot, which is kept (the count advanced) only at the
     * end of a word, and the hash restarts there; the kept hashes are then mixed in a loop of their own.
     * Words hold at least one character, so there are at most {@code length / 2 + 1} of them.
     */
    private static int wordHashes(char[] normalised, int length, long[] hashes) {
        int count = 0;
        long h = FNV_OFFSET;
        int inWord = 0;
        for (int i = 0; i < length; i++) {
            char c = normalised[i];
            int separator = (((c ^ ' ') - 1) >>> 31) | (((c ^ '\n') - 1) >>> 31);
            hashes[count] = h;
            count += separator & inWord;
            long restart = -(long) separator;
            h = ((h ^ c) * FNV_PRIME) & ~restart | FNV_OFFSET & restart;
            inWord = separator ^ 1;
        }
        hashes[count] = h;
        count += inWord;
        for (int i = 0; i < count; i++) {
            hashes[i] = mix(hashes[i]);
        }
        return count;
    }

    /** 64-bit hashes of the word shingles (all words when the text is shorter than one shingle). */
    long[] shingleHashes(long[] tokenHashes) {
        long[] shingles = new long[shingleCount(tokenHashes.length)];
        shingleHashes(tokenHashes, tokenHashes.length, shingles);
        return shingles;
    }

    private int shingleCount(int words) {
        int size = Math.min(config.shingleSize(), words);
        return size == 0 ? 0 : words - size + 1;
    }

    /** Writes the shingle hashes of {@code tokenHashes[0, words)} to {@code shingles} and returns their number. */
    private int shingleHashes(long[] tokenHashes, int words, long[] shingles) {
        int size = Math.min(config.shingleSize(), words);
        int count = shingleCount(words);
        Arrays.fill(shingles, 0, count, 0L);
        // word-major: one pass over all shingles per word position, loops over arrays the JIT can vectorise;
        // each shingle still folds its words in order, h = mix(h * FNV_PRIME + word)
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < count; i++) {
                shingles[i] = mix(shingles[i] * FNV_PRIME + tokenHashes[i + j]);
            }
        }
        return count;
    }

    /**
     * Distinct values among the shingle hashes: open addressing in a table of at least twice their number
     * (the hashes are already mixed, so their low bits index it), cheaper than sorting a copy.
     */
    static int countDistinct(long[] hashes) {
        return countDistinct(hashes, hashes.length, new long[tableSize(hashes.length)]);
    }

    private static int tableSize(int count) {
        return count == 0 ? 0 : Integer.highestOneBit(count) << 2;
    }

    /** {@link #countDistinct(long[])} of {@code hashes[0, count)}, in {@code table}'s first {@link #tableSize} zeroed slots. */
    private static int countDistinct(long[] hashes, int count, long[] table) {
        if (count == 0) {
            return 0;
        }
        int mask = tableSize(count) - 1;
        int distinct = 0;
        boolean zero = false;
        for (int j = 0; j < count; j++) {
            long h = hashes[j];
            if (h == 0) {
                distinct += zero ? 0 : 1;
                zero = true;
                continue;
            }
            int slot = (int) h & mask;
            while (table[slot] != 0 && table[slot] != h) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = h;
                distinct++;
            }
        }
        return distinct;
    }

    /** FNV-1a over UTF-16 code units, finished with a 64-bit mixer. */
    static long hashWord(CharSequence word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** {@link #hashWord(CharSequence)} of {@code word[0, length)}. */
    static long hashWord(char[] word, int length) {
        long h = FNV_OFFSET;
        for (int i = 0; i < length; i++) {
            h = (h ^ word[i]) * FNV_PRIME;
        }
        return mix(h);
    }

    /** MurmurHash3's fmix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe53ef63bL;
        return z ^ (z >>> 33);
    }
}
