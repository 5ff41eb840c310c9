package io.newspipe.bench;

/**
 * Decides when the bench's warm-up may stop: when the JIT compilers have settled. One JVM holds
 * broker, Kafka Streams, clients, jsoup, Lingua and Avro, so a fixed warm-up batch ends while the C2
 * compiler is still busy, and the timed drain then measures compilation as much as the pipeline. The
 * warm-up therefore goes on in rounds until, over one round, the compiler threads used less than
 * {@link #SETTLED_SHARE} of the process CPU, or until a page budget is spent. The JIT's CPU during the
 * timed phase is still reported: this only moves compilation out of the timed window, it does not
 * hide it. Not thread-safe.
 */
final class JitWarmup {
    /** A round settles the JIT when its compilers used less than this share of the process CPU. */
    static final double SETTLED_SHARE = 0.05;

    private final int maxPages;
    private int pages;
    private int rounds;
    private double lastShare = Double.NaN;

    /**
     * @param maxPages warm-up pages never exceeded, whatever the JIT does
     */
    JitWarmup(int maxPages) {
        if (maxPages < 0) {
            throw new IllegalArgumentException("maxPages must be >= 0");
        }
        this.maxPages = maxPages;
    }

    /**
     * Records one warm-up round.
     *
     * @param roundPages pages pushed through in the round
     * @param processCpuNanos CPU time of the whole process during the round
     * @param jitCpuNanos CPU time of the JIT compiler threads during the round (part of the above)
     */
    void round(int roundPages, long processCpuNanos, long jitCpuNanos) {
        pages += roundPages;
        rounds++;
        lastShare = processCpuNanos <= 0 ? 0 : Math.min(1.0, (double) jitCpuNanos / processCpuNanos);
    }

    /** Whether the last round found the JIT settled. */
    boolean settled() {
        return rounds > 0 && lastShare < SETTLED_SHARE;
    }

    /** Pages the next round may push (0 when settled or when the budget is spent). */
    int nextRound(int roundSize) {
        return settled() ? 0 : Math.max(0, Math.min(roundSize, maxPages - pages));
    }

    /** Warm-up pages pushed so far. */
    int pages() {
        return pages;
    }

    /** Rounds recorded so far. */
    int rounds() {
        return rounds;
    }

    /** The JIT compilers' share of the process CPU in the last round (NaN before any). */
    double lastShare() {
        return lastShare;
    }
}
