package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.bench.PipelineBench.PipelineResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench harness end to end on a small corpus: every page is accounted for once, the latency
 * phases get a sample per page (headers carried through the topology), and the report adds up.
 * Checks counts, never speed.
 */
class BenchHarnessTest {
    @TempDir
    Path work;

    @Test
    void fiftyPagesBalanceAndEveryLatencyPageIsMeasured() throws Exception {
        List<SourcePage> sources = SourcePages.defaults(BenchPaths.shared(null));
        BenchOptions options = new BenchOptions(50, 10, null, BenchPaths.shared(null), 1, 1, 2, 20, 1, 1, work);

        PipelineResult result = new PipelineBench(options, sources).run();

        OutputCounts drained = result.drainCounts();
        assertThat(drained.total()).isEqualTo(50);
        assertThat(drained.articles()).isPositive();
        assertThat(drained.duplicates()).isPositive();
        assertThat(drained.detail()).containsKey("duplicate:exact_copy");
        int latencyPages = result.latency().stream().mapToInt(LatencyPhase::sent).sum();
        assertThat(result.latency()).hasSize(2).allSatisfy(phase -> {
            assertThat(phase.measured()).isEqualTo(phase.sent());
            assertThat(phase.p50Ms()).isPositive().isLessThanOrEqualTo(phase.p99Ms());
        });
        assertThat(result.finalCounts().total()).isEqualTo(10L + 50L + latencyPages);
        assertThat(result.pagesPerSecond()).isPositive();
        // the drain's CPU split by thread group is reported; with publishing paused the pipeline dominates it
        assertThat(result.drainCpuMsPerPage()).containsKeys("stream threads", "broker request handlers", "GC",
                "bench clients", "unattributed");
        assertThat(result.drainCpuMsPerPage().get("stream threads")).isPositive()
                .isGreaterThan(result.drainCpuMsPerPage().get("bench clients"));
        assertThat(result.memory().rssMb()).isPositive();
        assertThat(result.state().articles()).isEqualTo(result.finalCounts().articles());
        assertThat(result.state().localBytesPerArticle()).isPositive();
        assertThat(result.state().changelogBytes()).isPositive();
    }

    @Test
    void stageCostsAddUpToTheWhole() {
        List<BenchPage> pages = BenchCorpus.generate(SourcePages.demoSite(), 20, 0);

        StageCosts.Result result = new StageCosts().measure(pages, 1, new JitSettling.Policy(0.01, 2, 2));

        StageCosts.Costs c = result.cpuMicros();
        assertThat(c.parse()).isPositive();
        assertThat(c.whole()).isCloseTo(c.decode() + c.parse() + c.extract() + c.candidate() + c.handover()
                + c.dedup() + c.tag() + c.serialise(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.wholeOverFloor()).isGreaterThan(1.0);
        assertThat(result.warmUp().passes()).isBetween(1, 2);
        assertThat(c.pairedInterleaved()).isGreaterThan(c.pairedFloor());
        assertThat(result.pairedRatiosCpu()).hasSize(1);
        assertThat(result.pairedOverFloorCpu()).isEqualTo(result.pairedRatiosCpu().get(0)).isGreaterThan(1.0);
        assertThat(result.warmUp().measuredMillis()).isPositive();
    }
}
