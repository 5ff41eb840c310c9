package io.newspipe.bench;

import java.util.Arrays;
import java.util.Locale;

/** End-to-end latency samples of one phase, in nanoseconds. Thread-safe (synchronised). */
public final class LatencySamples {
    private long[] values = new long[1024];
    private int size;

    /** Adds one sample. */
    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The q-quantile (0..1) in milliseconds by the nearest-rank method; NaN without samples. */
    public synchronized double percentileMs(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d p50=%.1fms p95=%.1fms p99=%.1fms", count(), percentileMs(0.5),
                percentileMs(0.95), percentileMs(0.99));
    }
}
