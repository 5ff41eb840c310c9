package io.newspipe.cli;

import io.newspipe.bench.BenchCorpus;
import io.newspipe.bench.BenchOptions;
import io.newspipe.bench.BenchPage;
import io.newspipe.bench.BenchPaths;
import io.newspipe.bench.BenchReport;
import io.newspipe.bench.DedupScale;
import io.newspipe.bench.JitSettling;
import io.newspipe.bench.MachineLoad;
import io.newspipe.bench.PeerComparison;
import io.newspipe.bench.PipelineBench;
import io.newspipe.bench.PipelineBench.PipelineResult;
import io.newspipe.bench.ReportTables;
import io.newspipe.bench.SourcePage;
import io.newspipe.bench.SourcePages;
import io.newspipe.bench.StageCosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newspipe bench}: end-to-end throughput and latency, cost by stage, and the Readability.js peer. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Peer.class, BenchCommand.Dedup.class},
        description = {"Starts an embedded broker, preloads N raw pages (aeb dev set + the demo site's pages, with "
            + "copies, revisions and re-fetches mixed in), runs the streams app (exactly_once_v2) and reports "
            + "sustained throughput, latency p50/p95/p99 at 50%% and 90%% of the max rate, heap and RSS, state "
            + "bytes per article, and the cost by stage measured offline on one thread.",
            "Prints tables; --json writes everything. `bench peer` compares the extractor with Readability.js."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--pages", defaultValue = "3000", description = "Raw pages preloaded (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--warmup-pages", defaultValue = "500", description = "Pages pushed through the running "
            + "pipeline before the timed batch (JIT warm-up), not timed (default ${DEFAULT-VALUE}).")
    int warmupPages;

    @Option(names = "--warmup-max-pages", defaultValue = "15000", description = "After --warmup-pages, warm-up "
            + "rounds of that size go on until the JIT compilers use < 5%% of the process CPU over a round, or until "
            + "this many warm-up pages (default ${DEFAULT-VALUE}; at most --warmup-pages = one fixed batch).")
    int warmupMaxPages;

    @Option(names = "--folder", paramLabel = "<folder>", description = "Build the corpus from this page folder "
            + "instead of aeb + demo site.")
    Path folder;

    @Option(names = "--shared", paramLabel = "<dir>", description = "Shared folder with data/aeb (default: "
            + "-Dnewspipe.shared, else ../shared beside the repository).")
    Path shared;

    @Option(names = "--threads", defaultValue = "1", description = "Stream threads per instance (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--instances", defaultValue = "1", description = "App instances in this JVM (default ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--partitions", defaultValue = "4", description = "Topic partitions (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--rate", defaultValue = "0", description = "Max rate (pages/s) the latency phases take "
            + "fractions of; 0 = the measured throughput.")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "10", description = "Length of each latency phase; 0 skips.")
    int latencySeconds;

    @Option(names = "--stage-passes", defaultValue = "5", description = "Measured passes of the cost split "
            + "(after the warm-up).")
    int stagePasses;

    @Option(names = "--stage-warmup-max", defaultValue = "60", description = "Most warm-up passes of the cost split: "
            + "it warms up until the JIT compilers are quiet (their CPU at most 2 %% of the pass's, two passes in a "
            + "row), or this many.")
    int stageWarmupMax;

    @Option(names = "--config", paramLabel = "<file>", description = "Streams-app properties file laid over the "
            + "defaults for the end-to-end run (commit.interval.ms, kafka.* tuning...); default: the defaults.")
    Path config;

    @Option(names = "--no-pipeline", description = "Skip the end-to-end run (cost split and peer only).")
    boolean noPipeline;

    @Option(names = "--peer", description = "Also run the Readability.js comparison (like `bench peer`).")
    boolean peer;

    @Option(names = "--json", paramLabel = "<file>", description = "Write the report as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        MachineLoad before = MachineLoad.sample();
        Path sharedDir = BenchPaths.shared(shared);
        List<SourcePage> sources = folder != null ? SourcePages.fromFolder(folder, "folder")
                : SourcePages.defaults(sharedDir);
        // under the repository's target/ rather than /tmp, which other processes on a shared machine may sweep
        Path workRoot = BenchPaths.repoRoot().resolve("target").resolve("bench");
        Files.createDirectories(workRoot);
        Path work = Files.createTempDirectory(workRoot, "run-");
        BenchOptions options = new BenchOptions(pages, warmupPages, folder, sharedDir, threads, instances, partitions, rate,
                latencySeconds, stagePasses, work, config, warmupMaxPages);
        System.err.printf(Locale.ROOT, "bench: %d source pages, %d pages per run%n", sources.size(), pages);
        // the offline split first: it also warms the JIT for the stage code before the end-to-end run
        List<BenchPage> once = BenchCorpus.generate(sources, sources.size(), 0);
        StageCosts.Result stages = new StageCosts().measure(once, stagePasses,
                JitSettling.DEFAULT.withMaxPasses(stageWarmupMax));
        PipelineResult pipeline = noPipeline ? null : new PipelineBench(options, sources).run();
        List<PeerComparison.Row> peerRows = peer ? Peer.compare(sharedDir, 3, List.of("linkedom", "jsdom")) : null;
        BenchReport report = new BenchReport(commandLine(), before, MachineLoad.sample(), options, pipeline, stages,
                stages.cpuMicros().wholeOverFloor(), stages.cpuMicros().interleavedOverFloor(), peerRows);
        ReportTables.print(report, System.out);
        if (json != null) {
            report.write(json);
            System.out.println("wrote " + json);
        }
        Files.deleteIfExists(work);
        return pipeline == null || pipeline.drainCounts().total() == pipeline.pages() ? 0 : 1;
    }

    private String commandLine() {
        return String.format(java.util.Locale.ROOT, "./newspipe bench --pages %d --warmup-pages %d --warmup-max-pages %d --threads %d "
                + "--instances %d --partitions %d --rate %s --latency-seconds %d%s%s%s", pages, warmupPages, warmupMaxPages, threads,
                instances, partitions, rate,
                latencySeconds, folder == null ? "" : " --folder " + folder, config == null ? "" : " --config " + config,
                noPipeline ? " --no-pipeline" : "");
    }

    /** {@code ./newspipe bench peer}: Newspipe's extractor vs Readability.js on aeb. */
    @Command(name = "peer", mixinStandardHelpOptions = true, description = {"Newspipe's extractor and Readability.js "
        + "(Node, tools/readability-peer; `npm ci` on first use) on the aeb dev set, one thread each: pages/s "
        + "(wall and CPU) and precision/recall/F1 by the benchmark's method, in one table."})
    static final class Peer implements Callable<Integer> {
        @Option(names = "--shared", paramLabel = "<dir>", description = "Shared folder with data/aeb.")
        Path shared;

        @Option(names = "--passes", defaultValue = "3", description = "Timed passes after one warm-up.")
        int passes;

        @Option(names = "--dom", split = ",", defaultValue = "linkedom,jsdom",
                description = "DOM implementations for Readability (default ${DEFAULT-VALUE}).")
        List<String> doms;

        @Option(names = "--json", paramLabel = "<file>", description = "Write the report as JSON.")
        Path json;

        @Override
        public Integer call() throws Exception {
            MachineLoad before = MachineLoad.sample();
            List<PeerComparison.Row> rows = compare(BenchPaths.shared(shared), passes, doms);
            BenchReport report = new BenchReport("./newspipe bench peer --passes " + passes + " --dom "
                    + String.join(",", doms), before, MachineLoad.sample(), null, null, null, Double.NaN, Double.NaN, rows);
            ReportTables.print(report, System.out);
            if (json != null) {
                report.write(json);
                System.out.println("wrote " + json);
            }
            return 0;
        }

        static List<PeerComparison.Row> compare(Path shared, int passes, List<String> doms) throws Exception {
            return new PeerComparison(shared.resolve("data").resolve("aeb"), BenchPaths.peerDir(), passes).run(doms);
        }
    }

    @Command(name = "dedup", mixinStandardHelpOptions = true, description = {"The dedup stage at scale (issue 4): N "
        + "candidates (new stories from the bench's source paragraphs, every fifth a syndicated copy) through the "
        + "topology's partitioned dedup over four in-memory partitions on one thread: CPU per candidate window by "
        + "window and encoded state per article as the index fills. Give the JVM room: about 3 GB per million "
        + "(NEWSPIPE_JAVA_OPTS=\"-Xmx6g -XX:+UseParallelGC\")."})
    static final class Dedup implements Callable<Integer> {
        @Option(names = "--shared", paramLabel = "<dir>", description = "Shared folder with data/aeb.")
        Path shared;

        @Option(names = "--articles", defaultValue = "1000000", description = "Candidates (default ${DEFAULT-VALUE}).")
        int articles;

        @Option(names = "--window", defaultValue = "100000", description = "Candidates per report row.")
        int window;

        @Override
        public Integer call() throws Exception {
            MachineLoad before = MachineLoad.sample();
            new DedupScale(SourcePages.defaults(BenchPaths.shared(shared)))
                    .run(articles, window, System.out);
            MachineLoad after = MachineLoad.sample();
            System.out.printf(Locale.ROOT, "load average %.1f -> %.1f on %d cores; %s%n", before.loadAverage1m(),
                    after.loadAverage1m(), after.cores(), "java " + after.javaVersion());
            return 0;
        }
    }
}
