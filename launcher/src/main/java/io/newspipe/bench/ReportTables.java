package io.newspipe.bench;

import io.newspipe.bench.PipelineBench.PipelineResult;
import io.newspipe.bench.StageCosts.Costs;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a {@link BenchReport} as plain-text tables. Stateless and thread-safe. */
public final class ReportTables {
    private ReportTables() {
    }

    public static void print(BenchReport r, PrintStream out) {
        out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at start, %.1f at end; java %s %s%n",
                r.loadBefore().cores(), r.loadBefore().loadAverage1m(), r.loadAfter().loadAverage1m(),
                r.loadBefore().javaVersion(), String.join(" ", r.loadBefore().jvmArguments()));
        if (r.pipeline() != null) {
            pipeline(r.pipeline(), r.options(), out);
        }
        if (r.stages() != null) {
            stages(r.stages(), out);
        }
        if (r.peer() != null) {
            peer(r.peer(), out);
        }
    }

    private static void pipeline(PipelineResult p, BenchOptions o, PrintStream out) {
        pipelineCounts(p, o, out);
        pipelineCpu(p, out);
        latencyTable(p, out);
        memory(p, out);
        state(p, out);
    }

    /** The set-up, the pages in and what became of them (articles, duplicates, dead letters). */
    private static void pipelineCounts(PipelineResult p, BenchOptions o, PrintStream out) {
        OutputCounts c = p.drainCounts();
        out.printf(Locale.ROOT, "%nEnd to end (embedded broker, exactly_once_v2, %d partitions, %d instance(s) x %d "
                + "thread(s))%n", o.partitions(), o.instances(), o.threads());
        out.printf(Locale.ROOT, "  pages in            %8d  (timed batch, after %d warm-up pages; JIT %.1f%% of the "
                + "process CPU in the last warm-up round, %s)%n", p.pages(), p.warmupPages(), p.warmupJitShare() * 100,
                p.jitSettled() ? "settled" : "not settled: page budget spent");
        out.printf(Locale.ROOT, "  articles            %8d  (revisions %d)%n", c.articles(), c.revisions());
        out.printf(Locale.ROOT, "  duplicates          %8d%n", c.duplicates());
        out.printf(Locale.ROOT, "  dead letters        %8d%n", c.deadLetters());
        out.printf(Locale.ROOT, "  balanced            %8s  (pages in = articles + duplicates + dead letters)%n",
                c.total() == p.pages());
        c.detail().forEach((k, v) -> out.printf(Locale.ROOT, "    %-38s %6d%n", k, v));
    }

    /** Throughput per CPU-second, the JIT's share and the CPU of each thread group during the drain. */
    private static void pipelineCpu(PipelineResult p, PrintStream out) {
        out.printf(Locale.ROOT, "  sustained           %8.1f pages/s  (%d pages in %.2f s, first consumed to last "
                + "committed output visible)%n", p.pagesPerSecond(), p.pages(), p.drainSeconds());
        out.printf(Locale.ROOT, "  cpu                 %8.1f pages per CPU-second of the whole JVM (%.1f CPU-s in the "
                + "drain); if CPU-bound, %d idle cores would give ~%.0f pages/s%n", p.pagesPerCpuSecond(),
                p.drainCpuSeconds(), Runtime.getRuntime().availableProcessors(),
                p.pagesPerCpuSecond() * Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  jit                 %8.1f s of the drain's CPU in the JIT compilers; without it "
                + "%.1f pages per CPU-second (~%.0f pages/s on %d idle cores)%n", p.drainJitSeconds(),
                p.pagesPerCpuSecondWithoutJit(), p.pagesPerCpuSecondWithoutJit() * Runtime.getRuntime()
                        .availableProcessors(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  compile time        %8.1f s during the drain (CompilationMXBean, elapsed)%n",
                p.drainCompileSeconds());
        out.printf(Locale.ROOT, "  cpu by thread group, ms per page of the drain:");
        p.drainCpuMsPerPage().forEach((group, ms) -> out.printf(Locale.ROOT, " %s %.2f;", group, ms));
        out.println();
    }

    /** Latency percentiles at each offered rate. */
    private static void latencyTable(PipelineResult p, PrintStream out) {
        out.printf(Locale.ROOT, "%n  %-14s %10s %10s %7s %9s %9s %9s%n", "latency phase", "asked/s", "sent/s", "pages",
                "p50 ms", "p95 ms", "p99 ms");
        for (LatencyPhase l : p.latency()) {
            out.printf(Locale.ROOT, "  %-14s %10.1f %10.1f %7d %9.1f %9.1f %9.1f%s%n",
                    String.format(Locale.ROOT, "%.0f%% of max", l.fraction() * 100), l.targetRate(), l.achievedRate(),
                    l.sent(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.measured() < 0 ? "  (timed out)" : "");
        }
    }

    private static void memory(PipelineResult p, PrintStream out) {
        MemoryProbe m = p.memory();
        out.printf(Locale.ROOT, "%n  heap used %.0f MB, live after GC %.0f MB, max %.0f MB; RSS %.0f MB, peak %.0f MB "
                + "(one JVM: broker + app + bench clients)%n", m.heapUsedMb(), m.heapLiveMb(), m.heapMaxMb(),
                m.rssMb(), m.rssPeakMb());
    }

    /** State store and changelog sizes: all of it, then what lasts against what awaits a decision. */
    private static void state(PipelineResult p, PrintStream out) {
        StateSize s = p.state();
        out.printf(Locale.ROOT, "  state: %d bytes local while running, %d after close (RocksDB), %d bytes changelog, "
                + "%d articles: %.0f B/article local, %.0f B/article changelog%n", s.liveLocalBytes(), s.localBytes(),
                s.changelogBytes(), s.articles(),
                s.localBytesPerArticle(), s.changelogBytesPerArticle());
        out.printf(Locale.ROOT, "  lasting dedup state (all stores but dedup-pending/-waiting): %.0f B/article local "
                + "(RocksDB data files as left), %.0f B/article once compacted, %.0f B/article changelog; pages awaiting a decision: %d bytes local, %d bytes "
                + "changelog (pages and tombstones until compaction); RocksDB bookkeeping files (per store and task, "
                + "not per article): %d bytes%n", s.lastingLocalBytesPerArticle(), s.compactedLastingBytesPerArticle(),
                s.lastingChangelogBytesPerArticle(),
                s.transientLocalBytes(), s.transientChangelogBytes(), s.bookkeepingLocalBytes());
    }

    private static void stages(StageCosts.Result s, PrintStream out) {
        out.printf(Locale.ROOT, "%nCost by stage (offline, one thread, %d pages, best of %d passes), µs per page%n",
                s.pages(), s.passes());
        StageCosts.WarmUp warm = s.warmUp();
        out.printf(Locale.ROOT, "  after %d warm-up passes (JIT %s); JIT while measuring: %d ms in %.0f ms (%.1f %%)%n",
                warm.passes(), warm.settled() ? "quiet" : "NOT quiet: cap reached", warm.measuredJitMillis(),
                warm.measuredMillis(), 100.0 * warm.measuredJitMillis() / Math.max(1, warm.measuredMillis()));
        out.printf(Locale.ROOT, "  %-44s %10s %10s %8s%n", "stage", "cpu µs", "wall µs", "x floor");
        Costs c = s.cpuMicros();
        Costs w = s.wallMicros();
        row(out, "serialise in (Avro decode RawPage)", c.decode(), w.decode(), c.parse());
        row(out, "parse (Jsoup.parse of the bytes) = floor", c.parse(), w.parse(), c.parse());
        row(out, "extract (beyond the parse)", c.extract(), w.extract(), c.parse());
        row(out, "candidate (canonical URL, id, Avro record)", c.candidate(), w.candidate(), c.parse());
        row(out, "candidate to dedup (Avro encode + decode)", c.handover(), w.handover(), c.parse());
        row(out, "dedup (partitioned protocol, 4 partitions, in-memory)", c.dedup(), w.dedup(), c.parse());
        out.printf(Locale.ROOT, "  dedup stage alone: %.0f pages/s on one core (cpu; pages that reach dedup are nearly all)%n",
                1e6 / c.dedup());
        row(out, "tag (TagStage)", c.tag(), w.tag(), c.parse());
        row(out, "serialise out (Avro encode)", c.serialise(), w.serialise(), c.parse());
        row(out, "whole per page (sum of the stages)", c.whole(), w.whole(), c.parse());
        row(out, "whole per page (stages interleaved per page)", c.interleaved(), w.interleaved(), c.parse());
        out.printf(Locale.ROOT, "  paired page by page with the floor (floor %.1f, whole %.1f µs): %.2f x floor "
                + "(median of the passes' ratios %s)%n", c.pairedFloor(), c.pairedInterleaved(), s.pairedOverFloorCpu(),
                s.pairedRatiosCpu().stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
    }

    private static void row(PrintStream out, String name, double cpu, double wall, double floor) {
        out.printf(Locale.ROOT, "  %-44s %10.1f %10.1f %8.2f%n", name, cpu, wall, cpu / floor);
    }

    private static void peer(List<PeerComparison.Row> rows, PrintStream out) {
        out.printf(Locale.ROOT, "%nExtraction on aeb, one thread, same pages (bytes in memory)%n");
        out.printf(Locale.ROOT, "  %-44s %10s %10s %10s %7s %7s %7s%n", "tool", "pages/s", "median/s", "pages/cpu-s",
                "P", "R", "F1");
        for (PeerComparison.Row r : rows) {
            out.printf(Locale.ROOT, "  %-44s %10.1f %10.1f %10.1f %7.3f %7.3f %7.3f%n", r.tool(),
                    r.bestPagesPerSecond(), r.medianPagesPerSecond(), r.bestPagesPerCpuSecond(),
                    r.score().precision(), r.score().recall(), r.score().f1());
        }
    }
}
