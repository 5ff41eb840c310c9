package io.newspipe.bench;

import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * The latency part of the end-to-end bench: after the drain, phases that send pages at fractions of the maximum
 * rate, each page stamped with its send time, and the percentiles of produce-to-committed-output latency. Not
 * thread-safe; one run at a time.
 */
final class PacedPhases {
    /** Fractions of the maximum rate the phases run at. */
    static final double[] FRACTIONS = {0.5, 0.9};
    /**
     * System property: {@code true} skips the full collection before each phase (the bench's own garbage then
     * pauses the phase; for comparison with runs before session 10).
     */
    static final String KEEP_GARBAGE = "newspipe.bench.keep-garbage";
    private final List<SourcePage> sources;
    private final int seconds;
    private final PagePublisher publisher;
    private final CommittedOutputs outputs;

    /**
     * @param sources the pages the phases' bench pages are made from
     * @param seconds length of each phase ({@code --latency-seconds}; none run when 0)
     */
    PacedPhases(List<SourcePage> sources, int seconds, PagePublisher publisher, CommittedOutputs outputs) {
        this.sources = List.copyOf(sources);
        this.seconds = seconds;
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.outputs = Objects.requireNonNull(outputs, "outputs");
    }

    /** The paced phases, each reported by the debug-only hop probe when it is asked for. */
    List<LatencyPhase> run(StreamsAppConfig cfg, TopicNames topics, double maxRate) throws InterruptedException {
        List<LatencyPhase> phases = new ArrayList<>();
        try (HopProbe probe = HopProbe.startIfRequested(cfg, topics)) {
            for (int i = 0; i < FRACTIONS.length && seconds > 0; i++) {
                if (probe != null) {
                    probe.newPhase();
                }
                phases.add(phase(FRACTIONS[i], maxRate, i + 1));
                if (probe != null) {
                    probe.report(FRACTIONS[i], maxRate);
                }
            }
        }
        return phases;
    }

    private LatencyPhase phase(double fraction, double maxRate, int phase) throws InterruptedException {
        double rate = Math.max(1, fraction * maxRate);
        int count = (int) Math.max(1, Math.round(rate * seconds));
        List<BenchPage> pages = BenchCorpus.generate(sources, count, BenchCorpus.phaseVariants(phase));
        List<byte[]> encoded = RawRecords.encodeAll(pages);
        if (!Boolean.parseBoolean(System.getProperty(KEEP_GARBAGE, "false"))) {
            // this JVM holds the bench's own pages too: the phase's pages and encoded values, just generated,
            // would otherwise be copied to the old generation by the young collections of the phase (155-306 ms
            // pauses at 200 pages/s), and the drain's preloaded batch, now garbage in the old generation, would
            // bring on a full collection (250-550 ms) within a phase; a real producer runs in another process
            System.gc();
        }
        long before = outputs.total();
        LatencySamples samples = outputs.newPhase();
        long start = System.nanoTime();
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < count; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            publisher.sendStamped(pages.get(i), encoded.get(i));
        }
        double sendSeconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        long end = outputs.awaitTotal(before + count, Duration.ofSeconds(120 + seconds));
        return new LatencyPhase(fraction, rate, count / sendSeconds, count, end < 0 ? -1 : samples.count(),
                samples.percentileMs(0.5), samples.percentileMs(0.95), samples.percentileMs(0.99));
    }
}
