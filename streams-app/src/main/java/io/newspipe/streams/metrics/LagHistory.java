package io.newspipe.streams.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last minutes of {@link LagSnapshot}s of one group, for rates, drain estimates and charts.
 * Thread-safe (synchronized; readers get copies).
 */
public final class LagHistory {
    private final long windowMs;
    private final long rateWindowMs;
    private final Deque<LagSnapshot> snapshots = new ArrayDeque<>();

    /**
     * @param windowMs how long snapshots are kept
     * @param rateWindowMs rates compare the newest snapshot with the oldest one at most this old
     */
    public LagHistory(long windowMs, long rateWindowMs) {
        if (windowMs <= 0 || rateWindowMs <= 0) {
            throw new IllegalArgumentException("windows must be positive");
        }
        this.windowMs = windowMs;
        this.rateWindowMs = rateWindowMs;
    }

    /** Adds a snapshot (expected in time order) and forgets those older than the window. */
    public synchronized void add(LagSnapshot snapshot) {
        snapshots.addLast(snapshot);
        while (!snapshots.isEmpty() && snapshots.peekFirst().atMs() < snapshot.atMs() - windowMs) {
            snapshots.removeFirst();
        }
    }

    /** The newest snapshot, if any. */
    public synchronized Optional<LagSnapshot> latest() {
        return Optional.ofNullable(snapshots.peekLast());
    }

    /** Rates over the rate window ending at the newest snapshot; UNKNOWN with fewer than two. */
    public synchronized LagRates rates() {
        LagSnapshot newest = snapshots.peekLast();
        if (newest == null) {
            return LagRates.UNKNOWN;
        }
        LagSnapshot from = null;
        for (LagSnapshot s : snapshots) {
            if (s.atMs() >= newest.atMs() - rateWindowMs && s != newest) {
                from = s;
                break;
            }
        }
        return from == null ? LagRates.UNKNOWN : LagRates.between(from, newest);
    }

    /** All kept snapshots, oldest first. */
    public synchronized List<LagSnapshot> all() {
        return new ArrayList<>(snapshots);
    }
}
