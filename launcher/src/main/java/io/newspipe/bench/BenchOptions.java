package io.newspipe.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one {@code ./newspipe bench} run does. Defaults live in {@code BenchCommand}'s options.
 *
 * @param pages raw pages preloaded for the throughput (drain) measurement
 * @param warmupPages pages pushed through the running pipeline first (JIT, caches), not timed; 0 = none; also
 *     the size of each further warm-up round
 * @param folder folder of pages to build the corpus from, or null for the default (aeb + demo site)
 * @param shared the shared folder holding {@code data/aeb}
 * @param threads stream threads per app instance
 * @param instances app instances (KafkaStreams clients with the same application.id, one JVM)
 * @param partitions partitions of the input and output topics
 * @param maxRate pages/s taken as the maximum for the latency phases; 0 = the measured throughput
 * @param latencySeconds length of each paced latency phase
 * @param stageRepeats passes over the source pages for the offline cost split (best pass kept)
 * @param workDir where state directories go (deleted afterwards)
 * @param config a streams-app properties file (same keys as {@code --config} of {@code ./newspipe streams})
 *     laid over the defaults, or null for the defaults: measures a tuning without rebuilding
 * @param warmupMaxPages the warm-up goes on in rounds until the JIT has settled or this many pages were
 *     pushed ({@link JitWarmup}); at most {@code warmupPages} means a single fixed batch
 */
public record BenchOptions(int pages, int warmupPages, Path folder, Path shared, int threads, int instances, int partitions,
        double maxRate, int latencySeconds, int stageRepeats, Path workDir, Path config, int warmupMaxPages) {
    public BenchOptions {
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(workDir, "workDir");
        if (pages < 1 || warmupPages < 0 || threads < 1 || instances < 1 || partitions < 1 || latencySeconds < 0 || stageRepeats < 1) {
            throw new IllegalArgumentException("pages, threads, instances, partitions, stage repeats must be >= 1 "
                    + "and latency seconds >= 0");
        }
        if (maxRate < 0) {
            throw new IllegalArgumentException("rate must be >= 0");
        }
    }

    /** Options with the default streams-app configuration. */
    public BenchOptions(int pages, int warmupPages, Path folder, Path shared, int threads, int instances,
            int partitions, double maxRate, int latencySeconds, int stageRepeats, Path workDir) {
        this(pages, warmupPages, folder, shared, threads, instances, partitions, maxRate, latencySeconds,
                stageRepeats, workDir, null, warmupPages);
    }
}
