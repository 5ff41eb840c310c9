package io.newspipe.streams.tag;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: the CPU the language identifier spends on the calling thread and on the threads of
 * {@code ForkJoinPool.commonPool()} (where Lingua 1.2.2 runs its scoring unless {@link LinguaConfidence} keeps
 * it on the caller), per article and in total, over the texts written by the launcher's
 * {@code TagIdentityDump texts <file>}. The bench's thread-CPU split counts only the calling thread.
 * Usage: {@code LinguaPoolCpu <file> [passes]} (first pass is a warm-up; the figures are the mean of the rest).
 */
public final class LinguaPoolCpu {
    private static final String POOL_THREAD = "ForkJoinPool.commonPool-worker-";

    private LinguaPoolCpu() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> texts = TagCostSplit.read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        TaggerResources resources = TaggerResources.shared();
        TaggerSettings settings = TaggerSettings.defaults();
        LanguageIdentifier languages = new LanguageIdentifier(settings, resources.stopwords());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        identifyAll(languages, texts); // warm-up: loads and packs the models
        long caller0 = threads.getCurrentThreadCpuTime();
        long pool0 = poolCpu(threads);
        long wall0 = System.nanoTime();
        for (int p = 1; p < passes; p++) {
            identifyAll(languages, texts);
        }
        double n = (double) (passes - 1) * texts.size();
        double caller = (threads.getCurrentThreadCpuTime() - caller0) / 1000.0 / n;
        double pool = (poolCpu(threads) - pool0) / 1000.0 / n;
        double wall = (System.nanoTime() - wall0) / 1000.0 / n;
        System.out.printf(Locale.ROOT, "articles %d, passes %d (+1 warm-up)%n", texts.size(), passes - 1);
        System.out.printf(Locale.ROOT, "caller thread CPU  %8.1f us/article%n", caller);
        System.out.printf(Locale.ROOT, "commonPool CPU     %8.1f us/article (%d pool threads seen)%n", pool,
                poolThreads(threads));
        System.out.printf(Locale.ROOT, "wall               %8.1f us/article%n", wall);
    }

    private static void identifyAll(LanguageIdentifier languages, List<String[]> texts) {
        for (String[] t : texts) {
            languages.identify(t[0], t[1], t[2]);
        }
    }

    /** CPU nanoseconds of the common pool's live worker threads (a worker that retired takes its CPU along). */
    private static long poolCpu(ThreadMXBean threads) {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(POOL_THREAD)) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static int poolThreads(ThreadMXBean threads) {
        int count = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            count += info != null && info.getThreadName().startsWith(POOL_THREAD) ? 1 : 0;
        }
        return count;
    }
}
