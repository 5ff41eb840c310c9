package io.newspipe.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-page times (wall-clock ms) at which each hop of the pipeline became visible to a read_committed
 * reader, keyed by article id hash: the dedup-input record (after the extract task's commit), the last band
 * request the home task sent (its commit), the last band answer (the band tasks' commits), the last inquiry
 * and inquiry answer (near-duplicate candidates only), and the output record (the final commit). Every time
 * is measured against the page's send time (the raw record's timestamp, which Kafka Streams carries to every
 * record derived from it). Debug-only bookkeeping for the bench's hop probe. Thread-safe (synchronised).
 */
final class HopTimes {
    static final int SENT = 0;
    static final int INPUT = 1;
    static final int REQUEST = 2;
    static final int ANSWER = 3;
    static final int INQUIRY = 4;
    static final int REPLY = 5;
    static final int OUTPUT = 6;
    /** Slot counting the page's dedup-input records: a revision or same-URL copy shares the id hash. */
    private static final int INPUTS = 7;
    private static final String[] HOPS = {"extract (raw -> dedup-input visible)",
        "home (dedup-input -> last band request visible)", "bands (request -> last band answer visible)",
        "inquiry round (answer -> last inquiry answer visible; candidates only)",
        "decision (last protocol message -> output visible)", "total (send -> output visible)"};
    private final Map<Long, long[]> pages = new HashMap<>();

    /** Notes that a record of {@code page} reached point {@code point} at {@code nowMs}; sentMs is its timestamp. */
    synchronized void seen(long page, int point, long sentMs, long nowMs) {
        long[] t = pages.computeIfAbsent(page, k -> new long[INPUTS + 1]);
        if (t[SENT] == 0 || (point == INPUT && sentMs > 0)) {
            t[SENT] = sentMs;
        }
        t[point] = Math.max(t[point], nowMs);
        if (point == INPUT) {
            t[INPUTS]++;
        }
    }

    synchronized void clear() {
        pages.clear();
    }

    /**
     * The hop durations, in ms, of every page seen from its dedup input to its output; pages sharing their id
     * hash with another page of the phase (same URL) are left out, as their hops cannot be told apart.
     */
    synchronized List<long[]> hops() {
        List<long[]> out = new ArrayList<>();
        for (long[] t : pages.values()) {
            if (t[INPUT] == 0 || t[OUTPUT] == 0 || t[INPUTS] > 1) {
                continue;
            }
            long request = t[REQUEST] == 0 ? t[INPUT] : t[REQUEST];
            long answer = t[ANSWER] == 0 ? request : t[ANSWER];
            long reply = t[INQUIRY] == 0 ? 0 : Math.max(t[INQUIRY], t[REPLY]);
            long last = Math.max(answer, reply);
            out.add(new long[] {t[INPUT] - t[SENT], request - t[INPUT], answer - request,
                reply == 0 ? -1 : reply - answer, t[OUTPUT] - last, t[OUTPUT] - t[SENT]});
        }
        return out;
    }

    /**
     * A table: p50 / p95 / p99 / max of each hop, and the mean of each hop over the pages whose total is at
     * or above the total's p95 and p99 (which hop the tail pages spent their time in).
     */
    synchronized String report(String label) {
        List<long[]> rows = hops();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "hops, %s: %d pages%n", label, rows.size()));
        if (rows.isEmpty()) {
            return b.toString();
        }
        long p95 = percentile(column(rows, HOPS.length - 1), 0.95);
        long p99 = percentile(column(rows, HOPS.length - 1), 0.99);
        b.append(String.format(Locale.ROOT, "%-72s %6s %6s %6s %6s %6s | %9s %9s%n", "hop (ms)", "n", "p50",
                "p95", "p99", "max", "mean@p95+", "mean@p99+"));
        for (int h = 0; h < HOPS.length; h++) {
            long[] c = column(rows, h);
            b.append(String.format(Locale.ROOT, "%-72s %6d %6d %6d %6d %6d | %9.0f %9.0f%n", HOPS[h], c.length,
                    percentile(c, 0.5), percentile(c, 0.95), percentile(c, 0.99), percentile(c, 1.0),
                    tailMean(rows, h, p95), tailMean(rows, h, p99)));
        }
        return b.toString();
    }

    private static long[] column(List<long[]> rows, int h) {
        return rows.stream().mapToLong(r -> r[h]).filter(v -> v >= 0).sorted().toArray();
    }

    /** Nearest-rank percentile of sorted values; 0 when empty. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double tailMean(List<long[]> rows, int h, long totalAtLeast) {
        return rows.stream().filter(r -> r[HOPS.length - 1] >= totalAtLeast).mapToLong(r -> Math.max(0, r[h]))
                .average().orElse(Double.NaN);
    }

    @Override
    public synchronized String toString() {
        return "HopTimes[" + pages.size() + " pages]";
    }
}
