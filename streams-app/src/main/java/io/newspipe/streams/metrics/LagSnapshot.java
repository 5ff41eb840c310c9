package io.newspipe.streams.metrics;

import java.util.List;
import java.util.Objects;

/**
 * A consumer group's lag on its input partitions at one moment. Immutable, thread-safe.
 *
 * @param group consumer group (the streams application.id)
 * @param atMs wall-clock time of the reading
 * @param partitions one entry per input partition, sorted by topic and partition
 */
public record LagSnapshot(String group, long atMs, List<PartitionState> partitions) {
    public LagSnapshot {
        Objects.requireNonNull(group, "group");
        partitions = List.copyOf(partitions);
    }

    /** Records not yet committed, over all partitions. */
    public long totalLag() {
        return partitions.stream().mapToLong(p -> p.lag().lag()).sum();
    }

    /** Sum of committed offsets (partitions without a commit count as 0). */
    public long committedSum() {
        return partitions.stream().mapToLong(p -> Math.max(0, p.lag().committedOffset())).sum();
    }

    /** Sum of end offsets. */
    public long endSum() {
        return partitions.stream().mapToLong(p -> p.lag().endOffset()).sum();
    }

    /** The largest time lag over partitions in seconds (NaN entries ignored; 0 with no lag). */
    public double maxTimeLagSeconds() {
        return partitions.stream().mapToDouble(p -> p.timeLagSeconds(atMs)).filter(d -> !Double.isNaN(d))
                .max().orElse(0);
    }
}
