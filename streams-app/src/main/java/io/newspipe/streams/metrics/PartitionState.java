package io.newspipe.streams.metrics;

import java.util.Objects;

/**
 * One input partition as the lag probe saw it: the group's committed lag and the timestamp of the
 * oldest record the group has not processed yet (the record at the committed offset).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lag committed lag of the partition
 * @param oldestUnprocessedMs timestamp of the record at the committed offset; -1 when there is no
 *     such record (nothing to do) or it could not be read
 */
public record PartitionState(PartitionLag lag, long oldestUnprocessedMs) {
    public PartitionState {
        Objects.requireNonNull(lag, "lag");
    }

    /**
     * Age in seconds of the oldest unprocessed record at {@code nowMs}: 0 with no lag, NaN when the
     * partition lags but the record's timestamp is unknown.
     */
    public double timeLagSeconds(long nowMs) {
        if (lag.lag() == 0) {
            return 0;
        }
        if (oldestUnprocessedMs < 0) {
            return Double.NaN;
        }
        return Math.max(0, nowMs - oldestUnprocessedMs) / 1000.0;
    }
}
