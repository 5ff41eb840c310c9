package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
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
 * With {@code ab} as third argument it instead scores every article's language sample with Lingua's own
 * {@code computeLanguageConfidenceValues} and with {@link LinguaConfidence}, alternating pass by pass, and
 * prints the CPU per call of each on the caller and on the pool.
 */
public final class LinguaPoolCpu {
    private static final String POOL_THREAD = "ForkJoinPool.commonPool-worker-";
    private static long sink;

    private LinguaPoolCpu() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> texts = TagCostSplit.read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        TaggerResources resources = TaggerResources.shared();
        TaggerSettings settings = TaggerSettings.defaults();
        LanguageIdentifier languages = new LanguageIdentifier(settings, resources.stopwords());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (args.length > 2 && args[2].equals("ab")) {
            compare(texts, settings, threads, passes);
            return;
        }
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

    private static void compare(List<String[]> texts, TaggerSettings settings, ThreadMXBean threads, int passes) {
        List<String> samples = texts.stream().map(t -> LanguageSample.of(t[0], t[1], settings.sampleChars())).toList();
        LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(settings.languages().stream()
                .map(c -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT))))
                .toArray(Language[]::new)).withLowAccuracyMode().build();
        long[] caller = new long[2];
        long[] pool = new long[2];
        for (int p = 0; p < 2 * passes; p++) {
            int way = p % 2;
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = poolCpu(threads);
            for (String sample : samples) {
                sink += way == 0 ? detector.computeLanguageConfidenceValues(sample).size()
                        : LinguaConfidence.of(detector, sample).size();
            }
            if (p >= 2) { // the first pass of each is a warm-up
                caller[way] += threads.getCurrentThreadCpuTime() - c0;
                pool[way] += poolCpu(threads) - p0;
            }
        }
        double calls = (double) (passes - 1) * samples.size();
        String[] names = {"Lingua (commonPool)", "LinguaConfidence (caller)"};
        for (int way = 0; way < 2; way++) {
            System.out.printf(Locale.ROOT, "%-26s caller %7.1f  pool %7.1f  us/call (%d samples)%n", names[way],
                    caller[way] / 1000.0 / calls, pool[way] / 1000.0 / calls, samples.size());
        }
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
