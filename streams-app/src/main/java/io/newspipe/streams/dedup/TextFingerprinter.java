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

    /** The fingerprint of a raw body text (normalised here; numbers read from the raw text). */
    public Fingerprint fingerprint(String bodyText) {
        Objects.requireNonNull(bodyText, "bodyText");
        return fingerprint(DedupText.normalise(bodyText), NumberSketch.of(bodyText));
    }

    /**
     * The fingerprint of a text already normalised by {@link DedupText#normalise}; normalisation has
     * folded the number separators away, so the signature carries no number sketch.
     */
    public Fingerprint fingerprintNormalised(String normalised) {
        return fingerprint(Objects.requireNonNull(normalised, "normalised"), NumberSketch.EMPTY);
    }

    private Fingerprint fingerprint(String normalised, NumberSketch numbers) {
        long[] shingles = shingleHashes(wordHashes(normalised));
        long[] mins = new long[config.numHashes()];
        for (int i = 0; i < mins.length; i++) {
            long a = multipliers[i];
            long b = offsets[i];
            long min = MAX_32 + 1;
            for (long shingle : shingles) {
                min = Math.min(min, (a * shingle + b) >>> 32);
            }
            mins[i] = min;
        }
        int distinct = countDistinct(shingles);
        int[] values = new int[mins.length];
        long mask = config.signatureBits() == 32 ? MAX_32 : (1L << config.signatureBits()) - 1;
        for (int i = 0; i < mins.length; i++) {
            values[i] = (int) ((distinct == 0 ? MAX_32 : mins[i]) & mask);
        }
        MinHashSignature signature = new MinHashSignature(values, config.signatureBits(), distinct, numbers);
        return new Fingerprint(ArticleIds.contentHash(normalised), signature, bandKeys(mins, distinct));
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
        long[] hashes = new long[16];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i <= normalised.length(); i++) {
            char c = i == normalised.length() ? ' ' : normalised.charAt(i);
            if (c == ' ' || c == '\n') {
                if (inWord) {
                    if (count == hashes.length) {
                        hashes = Arrays.copyOf(hashes, count * 2);
                    }
                    hashes[count++] = mix(h);
                    h = FNV_OFFSET;
                    inWord = false;
                }
            } else {
                h = (h ^ c) * FNV_PRIME;
                inWord = true;
            }
        }
        return Arrays.copyOf(hashes, count);
    }

    /** 64-bit hashes of the word shingles (all words when the text is shorter than one shingle). */
    long[] shingleHashes(long[] tokenHashes) {
        int size = Math.min(config.shingleSize(), tokenHashes.length);
        if (size == 0) {
            return new long[0];
        }
        long[] shingles = new long[tokenHashes.length - size + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int j = 0; j < size; j++) {
                h = mix(h * FNV_PRIME + tokenHashes[i + j]);
            }
            shingles[i] = h;
        }
        return shingles;
    }

    private static int countDistinct(long[] hashes) {
        if (hashes.length == 0) {
            return 0;
        }
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int distinct = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** FNV-1a over UTF-16 code units, finished with a 64-bit mixer. */
    static long hashWord(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
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
