package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.avro.RawPage;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.TagStage;
import io.newspipe.streams.tag.ArticleTagger;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: what each stage allocates per page and what the whole interleaved page costs the
 * process (GC and compiler threads included), not only the measuring thread. Runs the bench's interleaved pass
 * (every stage on a page before the next, the candidate encoded for the dedup topic and decoded by the dedup
 * task as the topology does) and reads, around each stage, the thread's allocated bytes
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}) and CPU time; around each pass, the
 * process CPU time, the young collections and their summed pause. Fresh allocation walks memory the caches do
 * not hold and evicts the other stages' tables, so the bytes per stage show where the interleaving's cost
 * comes from. Run from the repository root (JVM flags under test go before {@code -cp}) with
 * {@code java -Xmx4g -XX:+UseParallelGC -Dnewspipe.shared=../shared -cp "launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*" io.newspipe.bench.StageFootprint [passes]}.
 * Not thread-safe.
 */
public final class StageFootprint {
    private static final String[] STAGES = {"extract stage (raw decode, parse, extract, candidate)", "candidate encode",
        "candidate decode", "dedup", "tag", "serialise"};
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final AvroSerde<RawPage> rawPages = NewsSerdes.rawPage();
    private final ExtractStage extractStage = OfflinePages.extractStage(Clock.systemUTC());
    private final TagStage tagStage = new TagStage(new ArticleTagger(), Clock.systemUTC());
    private final StageOutputs outputs = new StageOutputs();
    private final AvroSerde<Article> articles = outputs.articles();
    private final long[] bytes = new long[STAGES.length];
    private final long[] cpu = new long[STAGES.length];
    private long tid;
    private long bytes0;
    private long cpu0;

    private StageFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<BenchPage> pages = OfflinePages.pages();
        new StageFootprint().run(pages, passes);
    }

    private void run(List<BenchPage> pages, int passes) {
        tid = Thread.currentThread().getId();
        List<byte[]> encoded = RawRecords.encodeAll(pages);
        double n = pages.size();
        System.out.printf(Locale.ROOT, "%d pages per pass; JVM flags %s%n", pages.size(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "%-5s %12s %12s %12s %8s %10s   KB allocated per page by stage%n", "pass",
                "thread us/p", "process us/p", "alloc KB/p", "young GC", "GC ms/pass");
        for (int i = 0; i <= passes; i++) {
            java.util.Arrays.fill(bytes, 0);
            java.util.Arrays.fill(cpu, 0);
            long gcCount0 = youngCollections()[0];
            long gcTime0 = youngCollections()[1];
            long proc0 = OS.getProcessCpuTime();
            long thread0 = THREADS.getCurrentThreadCpuTime();
            long alloc0 = THREADS.getThreadAllocatedBytes(tid);
            java.util.Map<String, Long> ticks0 = ThreadTicks.of(name -> true);
            DedupUnderTest dedup = new InMemoryDedup();
            for (int p = 0; p < pages.size(); p++) {
                onePage(pages.get(p).url(), encoded.get(p), dedup);
            }
            long thread = THREADS.getCurrentThreadCpuTime() - thread0;
            long proc = OS.getProcessCpuTime() - proc0;
            long alloc = THREADS.getThreadAllocatedBytes(tid) - alloc0;
            String others = otherThreads(ticks0, ThreadTicks.of(name -> true), n);
            StringBuilder split = new StringBuilder();
            for (int k = 0; k < STAGES.length; k++) {
                split.append(String.format(Locale.ROOT, " %s %.0f (%.0f us);", STAGES[k], bytes[k] / n / 1024,
                        cpu[k] / n / 1000));
            }
            System.out.printf(Locale.ROOT, "%-5s %12.1f %12.1f %12.1f %8d %10d  %s%n", i == 0 ? "warm" : "#" + i,
                    thread / n / 1000, proc / n / 1000, alloc / n / 1024, youngCollections()[0] - gcCount0,
                    youngCollections()[1] - gcTime0, split);
            System.out.printf(Locale.ROOT, "      other threads, us per page (10 ms ticks): %s%n", others);
        }
        parseAllocation(pages, encoded);
    }

    /** CPU per page of the process's other threads by kind (GC, JIT compiler, ...), from /proc ticks. */
    private static String otherThreads(java.util.Map<String, Long> before, java.util.Map<String, Long> after,
            double pages) {
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        after.forEach((key, t) -> {
            String comm = key.substring(key.indexOf(' ') + 1);
            if (!comm.equals("java") && !comm.equals("main")) {
                byKind.merge(comm.replaceAll("[#0-9]+$", "").strip(), t - before.getOrDefault(key, 0L), Long::sum);
            }
        });
        byKind.values().removeIf(t -> t == 0);
        StringBuilder out = new StringBuilder();
        byKind.forEach((kind, t) -> out.append(String.format(Locale.ROOT, "%s %.0f; ", kind,
                t * ThreadTicks.NANOS_PER_TICK / pages / 1000)));
        return out.toString();
    }

    /** The raw decode's and the parse floor's own allocation: their shares of the extract stage's bytes. */
    private void parseAllocation(List<BenchPage> pages, List<byte[]> encoded) {
        long a0 = THREADS.getThreadAllocatedBytes(tid);
        encoded.forEach(rawPages::decode);
        long a1 = THREADS.getThreadAllocatedBytes(tid);
        pages.forEach(ParseFloor::parse);
        long a2 = THREADS.getThreadAllocatedBytes(tid);
        System.out.printf(Locale.ROOT, "alone: raw decode %.0f KB per page, parse floor (Jsoup.parse) %.0f KB per page%n",
                (a1 - a0) / (double) pages.size() / 1024, (a2 - a1) / (double) pages.size() / 1024);
    }

    /** The stages on one page, as the bench's interleaved pass and the topology run them. */
    private void onePage(String url, byte[] value, DedupUnderTest dedup) {
        mark();
        StageResult r = extractStage.apply(url, value);
        take(0);
        if (r.isArticle()) {
            byte[] candidate = articles.encode(r.article());
            take(1);
            Article decoded = articles.decode(candidate);
            take(2);
            r = dedup.apply(decoded, candidate);
            take(3);
            r = r.isArticle() ? tagStage.apply(r.article()) : r;
            take(4);
        }
        outputs.encode(r);
        take(5);
    }

    private void mark() {
        bytes0 = THREADS.getThreadAllocatedBytes(tid);
        cpu0 = THREADS.getCurrentThreadCpuTime();
    }

    /** Adds what happened since the last mark to {@code stage} and marks again. */
    private void take(int stage) {
        long b = THREADS.getThreadAllocatedBytes(tid);
        long c = THREADS.getCurrentThreadCpuTime();
        bytes[stage] += b - bytes0;
        cpu[stage] += c - cpu0;
        bytes0 = THREADS.getThreadAllocatedBytes(tid);
        cpu0 = THREADS.getCurrentThreadCpuTime();
    }

    /** {young collections so far, their summed time in ms}. */
    private static long[] youngCollections() {
        long n = 0;
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("MarkSweep") && !gc.getName().contains("Old")) {
                n += gc.getCollectionCount();
                ms += gc.getCollectionTime();
            }
        }
        return new long[] {n, ms};
    }
}
