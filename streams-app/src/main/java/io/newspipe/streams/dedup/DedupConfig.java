package io.newspipe.streams.dedup;

import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of near-duplicate detection. Keys (defaults in {@link #defaults()}):
 * <ul>
 *   <li>{@code numHashes} (64): MinHash functions per signature;</li>
 *   <li>{@code bands} (14) and {@code rowsPerBand} (2): LSH banding over the first
 *       {@code bands * rowsPerBand} hash values (computed from the full 32-bit values); a pair with
 *       Jaccard s becomes a candidate with probability 1 - (1 - s^rows)^bands (0.98 at s = 0.5, 0.998 at
 *       s = 0.6); each band costs 17 bytes of state per article (5-byte store key, 12-byte entry);</li>
 *   <li>{@code signatureBits} (8): low bits of each MinHash value kept in the stored signature
 *       (b-bit MinHash; the estimator corrects for chance agreement); 8 bits keep the state per article
 *       under 512 bytes with no loss measured on the corpus;</li>
 *   <li>{@code shingleSize} (3): words per shingle;</li>
 *   <li>{@code jaccardThreshold} (0.4): estimated Jaccard at or above which a candidate is a duplicate;</li>
 *   <li>{@code containmentThreshold} (0.8) and {@code minShinglesForContainment} (40): a candidate is
 *       also a duplicate when the shorter text, having at least that many shingles, is contained in the
 *       longer one to that degree (trimmed syndicated copies);</li>
 *   <li>{@code maxEntriesPerBandKey} (8): earliest articles kept per band key, bounding hot keys;</li>
 *   <li>{@code retention} (7 days of event time): how long an article can be matched.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public record DedupConfig(int numHashes, int bands, int rowsPerBand, int signatureBits, int shingleSize,
                          double jaccardThreshold, double containmentThreshold, int minShinglesForContainment,
                          int maxEntriesPerBandKey, Duration retention) {

    public DedupConfig {
        Objects.requireNonNull(retention, "retention");
        if (numHashes < 1 || bands < 1 || rowsPerBand < 1 || bands * rowsPerBand > numHashes) {
            throw new IllegalArgumentException("need 1 <= bands * rowsPerBand <= numHashes");
        }
        if (signatureBits != 8 && signatureBits != 16 && signatureBits != 32) {
            throw new IllegalArgumentException("signatureBits must be 8, 16 or 32");
        }
        if (shingleSize < 1 || maxEntriesPerBandKey < 1 || minShinglesForContainment < 1) {
            throw new IllegalArgumentException("shingleSize, maxEntriesPerBandKey, minShinglesForContainment >= 1");
        }
        if (!(jaccardThreshold > 0 && jaccardThreshold <= 1) || !(containmentThreshold > 0 && containmentThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
    }

    /** The defaults, measured on the project's corpus ({@code ./newspipe eval dedup}). */
    public static DedupConfig defaults() {
        return new DedupConfig(64, 14, 2, 8, 3, 0.4, 0.8, 40, 8, Duration.ofDays(7));
    }

    /** A copy with other decision thresholds. */
    public DedupConfig withThresholds(double jaccard, double containment) {
        return new DedupConfig(numHashes, bands, rowsPerBand, signatureBits, shingleSize, jaccard, containment,
                minShinglesForContainment, maxEntriesPerBandKey, retention);
    }

    /** A copy with another signature width in bits (8, 16 or 32). */
    public DedupConfig withSignatureBits(int bits) {
        return new DedupConfig(numHashes, bands, rowsPerBand, bits, shingleSize, jaccardThreshold,
                containmentThreshold, minShinglesForContainment, maxEntriesPerBandKey, retention);
    }

    /** A copy with another banding. */
    public DedupConfig withBanding(int newBands, int rows) {
        return new DedupConfig(numHashes, newBands, rows, signatureBits, shingleSize, jaccardThreshold,
                containmentThreshold, minShinglesForContainment, maxEntriesPerBandKey, retention);
    }
}
