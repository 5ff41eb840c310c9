package io.newspipe.bench;

import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.limits.ArticleSizeLimit;
import io.newspipe.streams.limits.TimeBudget;
import io.newspipe.streams.stage.ExtractStage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: what the extraction's time budget costs per page. The topology runs each page's
 * extraction on a worker thread ({@link TimeBudget}, {@code limits.extract-timeout}, default 2 s) and the
 * stream thread waits for it; the bench's offline split runs it on the measuring thread without a budget,
 * so the hand-off (submit, semaphore, future, the two threads parking and waking) is in neither of its
 * figures. Runs the extract stage over the bench's source pages with and without a budget, alternating
 * passes, and prints the process CPU per page of each (every thread, GC and JIT included) and their
 * difference. Run from the repository root with
 * {@code java -Xmx4g -XX:+UseParallelGC -Dnewspipe.shared=../shared -cp "launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*" io.newspipe.bench.BudgetHandoff [passes]}.
 */
public final class BudgetHandoff {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private BudgetHandoff() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        List<BenchPage> pages = OfflinePages.pages();
        List<byte[]> encoded = RawRecords.encodeAll(pages);
        ArticleExtractor extractor = new ArticleExtractor();
        ArticleSizeLimit limit = new ArticleSizeLimit(ArticleSizeLimit.DEFAULT_MAX_BYTES);
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(2), 3)) {
            ExtractStage direct = new ExtractStage(extractor, new UrlCanonicalizer(), 10 * 1024 * 1024, limit,
                    null, Clock.systemUTC());
            ExtractStage budgeted = new ExtractStage(extractor, new UrlCanonicalizer(), 10 * 1024 * 1024, limit,
                    budget, Clock.systemUTC());
            List<Double> withBudget = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            for (int i = 0; i < passes + 2; i++) {
                double a = pass(direct, pages, encoded);
                double b = pass(budgeted, pages, encoded);
                if (i >= 2) {
                    without.add(a);
                    withBudget.add(b);
                }
            }
            System.out.printf(Locale.ROOT, "process CPU us per page, extract stage: without budget %s, with budget %s%n",
                    without, withBudget);
            System.out.printf(Locale.ROOT, "medians: without %.1f, with %.1f, hand-off %.1f us per page%n",
                    median(without), median(withBudget), median(withBudget) - median(without));
        }
    }

    private static double pass(ExtractStage stage, List<BenchPage> pages, List<byte[]> encoded) {
        long cpu0 = OS.getProcessCpuTime();
        for (int i = 0; i < pages.size(); i++) {
            stage.apply(pages.get(i).url(), encoded.get(i));
        }
        return Math.round((OS.getProcessCpuTime() - cpu0) / (double) pages.size() / 100) / 10.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
