package io.newspipe.streams.metrics;

import java.util.Objects;

/**
 * Lag of one consumer group on one partition.
 *
 * <p>Immutable and thread-safe.
 *
 * @param group consumer group id
 * @param topic topic
 * @param partition partition
 * @param committedOffset the group's committed offset, or -1 when it has none
 * @param endOffset the partition's end offset (read_committed last stable offset)
 */
public record PartitionLag(String group, String topic, int partition, long committedOffset, long endOffset) {
    public PartitionLag {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(topic, "topic");
    }

    /** Records not yet committed by the group; with no commit, everything from the start is lag. */
    public long lag() {
        return Math.max(0, endOffset - Math.max(0, committedOffset));
    }
}
