package io.newspipe.streams.status;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last minutes of throughput and lag samples for the status page's charts: each sample turns
 * the running page counters into per-second rates against the previous sample. Thread-safe
 * (synchronized; readers get copies).
 */
public final class ThroughputHistory {
    /**
     * One point of the charts.
     *
     * @param atMs wall-clock time
     * @param inPerSecond pages read per second since the previous sample
     * @param outPerSecond pages written per second since the previous sample
     * @param lag total committed lag (-1 unknown)
     * @param timeLagSeconds age of the oldest unprocessed record (NaN unknown)
     */
    public record Sample(long atMs, double inPerSecond, double outPerSecond, long lag, double timeLagSeconds) {
    }

    private final long windowMs;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private long lastAtMs = -1;
    private double lastIn;
    private double lastOut;

    /** Keeps samples of the last {@code windowMs}. */
    public ThroughputHistory(long windowMs) {
        if (windowMs <= 0) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.windowMs = windowMs;
    }

    /**
     * Records the counters at {@code atMs}. The first call only sets the baseline; a call not later
     * than the previous one is ignored.
     */
    public synchronized void record(long atMs, double pagesIn, double pagesOut, long lag, double timeLagSeconds) {
        if (lastAtMs >= 0 && atMs > lastAtMs) {
            double seconds = (atMs - lastAtMs) / 1000.0;
            samples.addLast(new Sample(atMs, Math.max(0, pagesIn - lastIn) / seconds,
                    Math.max(0, pagesOut - lastOut) / seconds, lag, timeLagSeconds));
            while (samples.peekFirst().atMs() < atMs - windowMs) {
                samples.removeFirst();
            }
        }
        if (lastAtMs < 0 || atMs > lastAtMs) {
            lastAtMs = atMs;
            lastIn = pagesIn;
            lastOut = pagesOut;
        }
    }

    /** Samples kept, oldest first. */
    public synchronized List<Sample> samples() {
        return new ArrayList<>(samples);
    }
}
