package io.newspipe.streams.metrics;

import java.util.Objects;

/**
 * How fast a group consumes and its input grows between two snapshots, and so how long it needs to
 * drain its lag. Immutable, thread-safe.
 *
 * @param consumePerSecond committed offsets advanced per second
 * @param producePerSecond end offsets advanced per second
 * @param drainSeconds lag divided by the net drain rate; 0 with no lag; +Infinity when the lag
 *     does not shrink; NaN when unknown (a single snapshot)
 */
public record LagRates(double consumePerSecond, double producePerSecond, double drainSeconds) {
    /** Rates unknown. */
    public static final LagRates UNKNOWN = new LagRates(Double.NaN, Double.NaN, Double.NaN);

    /** Rates between {@code older} and {@code newer} of the same group. */
    public static LagRates between(LagSnapshot older, LagSnapshot newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        double seconds = (newer.atMs() - older.atMs()) / 1000.0;
        if (seconds <= 0) {
            return UNKNOWN;
        }
        double consume = Math.max(0, newer.committedSum() - older.committedSum()) / seconds;
        double produce = Math.max(0, newer.endSum() - older.endSum()) / seconds;
        return new LagRates(consume, produce, drainSeconds(newer.totalLag(), consume - produce));
    }

    /** Seconds to drain {@code lag} at {@code netPerSecond}; +Infinity when not draining. */
    public static double drainSeconds(long lag, double netPerSecond) {
        if (lag <= 0) {
            return 0;
        }
        return netPerSecond > 0 ? lag / netPerSecond : Double.POSITIVE_INFINITY;
    }
}
