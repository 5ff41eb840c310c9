package io.newspipe.streams.dedup;

/**
 * Which partition of the dedup topics owns an 8-byte key (article id hash, band key or content hash).
 * The topology's stream partitioner for the dedup input topic and the protocol topic both use this, so
 * an article's own state, its band requests and every answer meet in the right task. Stateless and
 * thread-safe.
 */
public final class HomePartitions {
    private HomePartitions() {
    }

    /** The partition in [0, partitions) owning {@code key}. */
    public static int of(long key, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions < 1");
        }
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return (int) Long.remainderUnsigned(h, partitions);
    }
}
