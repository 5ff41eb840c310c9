package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.TagStage;
import io.newspipe.streams.tag.ArticleTagger;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tool, not a test: splits the gap between the offline split's interleaved whole and its sum of stages
 * ({@link StageCosts}) into its parts, by measuring in the same passes (thread CPU time, as the bench):
 * the stages one after the other exactly as the bench does ({@code stage} = decode + extract + candidate,
 * then the candidate's encode for the dedup topic and its decode by the dedup task, dedup, tag, serialise),
 * the interleaved pass as the bench runs it, and the interleaved pass without that hand-over. The best-of-passes bias is the sum of per-stage minima against the best pass's
 * sum; the young collections in each part are counted (their pause is not thread CPU time, the caches they
 * leave cold are). Run from the repository root with
 * {@code java -Xmx4g -XX:+UseParallelGC -Dnewspipe.shared=../shared -cp "launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*" io.newspipe.bench.InterleavedGap [passes]}.
 */
public final class InterleavedGap {
    private static final int TASK_BATCH = Integer.getInteger("taskBatch", 16);
    private static final String HANDOVER = "candidate encode + decode";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ExtractStage extractStage = OfflinePages.extractStage(Clock.systemUTC());
    private final TagStage tagStage = new TagStage(new ArticleTagger(), Clock.systemUTC());
    private final StageOutputs outputs = new StageOutputs();
    private final AvroSerde<Article> articles = outputs.articles();

    private InterleavedGap() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<BenchPage> pages = OfflinePages.pages();
        new InterleavedGap().run(pages, passes);
    }

    private void run(List<BenchPage> pages, int passes) {
        List<byte[]> encoded = RawRecords.encodeAll(pages);
        List<Map<String, long[]>> all = new ArrayList<>();
        for (int i = 0; i <= passes; i++) {
            Map<String, long[]> p = pass(pages, encoded);
            if (i > 0) {
                all.add(p);
            }
        }
        double n = pages.size() * 1000.0;
        Map<String, Double> min = new LinkedHashMap<>();
        for (String k : all.get(0).keySet()) {
            min.put(k, all.stream().mapToLong(p -> p.get(k)[0]).min().orElseThrow() / n);
        }
        double sumOfMins = min.get("stage") + min.get(HANDOVER) + min.get("dedup") + min.get("tag")
                + min.get("serialise");
        double bestPassSum = all.stream().mapToLong(p -> p.get("stage")[0] + p.get(HANDOVER)[0] + p.get("dedup")[0]
                + p.get("tag")[0] + p.get("serialise")[0]).min().orElseThrow() / n;
        System.out.printf(Locale.ROOT, "%d pages, best of %d passes, thread CPU us per page%n", pages.size(), passes);
        min.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %8.1f   young GCs per pass %s%n", k, v,
                all.stream().map(p -> Long.toString(p.get(k)[1])).toList()));
        System.out.printf(Locale.ROOT, "  sum of stages (per-stage minima, as the bench)   %8.1f%n", sumOfMins);
        System.out.printf(Locale.ROOT, "  interleaved, process CPU (GC, JIT and every thread), median of passes %8.1f%n",
                all.stream().mapToLong(p -> p.get("interleaved")[2]).sorted().toArray()[all.size() / 2] / n);
        System.out.printf(Locale.ROOT, "  best single pass's sum of stages                 %8.1f  (best-of bias %.1f)%n",
                bestPassSum, bestPassSum - sumOfMins);
        double gap = min.get("interleaved") - sumOfMins;
        System.out.printf(Locale.ROOT, "  gap interleaved - sum %.1f = best-of bias %.1f"
                + " + the rest (interleaving: caches, JIT profiles, GC timing) %.1f%n", gap,
                bestPassSum - sumOfMins, gap - (bestPassSum - sumOfMins));
        System.out.printf(Locale.ROOT, "  interleaved without the handover (dedup and tag on the extract's object) - sum"
                + " without it: %.1f%n", min.get("interleaved, no handover") - (sumOfMins - min.get(HANDOVER)));
        String batches = "task batches of " + TASK_BATCH;
        System.out.printf(Locale.ROOT, "  %s (with the candidate's encode and decode) - sum: %.1f%n", batches,
                min.get(batches) - sumOfMins);
        for (String k : List.of("stage", HANDOVER, "dedup", "tag", "serialise")) {
            System.out.printf(Locale.ROOT, "  %-18s alone %8.1f, timed within the interleaved pass %8.1f (+%.1f)%n", k,
                    min.get(k), min.get("interleaved: " + k), min.get("interleaved: " + k) - min.get(k));
        }
    }

    private Map<String, long[]> pass(List<BenchPage> pages, List<byte[]> encoded) {
        Map<String, long[]> t = new LinkedHashMap<>();
        List<StageResult> extracted = new ArrayList<>();
        time(t, "stage", () -> {
            for (int i = 0; i < pages.size(); i++) {
                extracted.add(extractStage.apply(pages.get(i).url(), encoded.get(i)));
            }
        });
        List<byte[]> candidateBytes = new ArrayList<>();
        List<Article> candidates = new ArrayList<>();
        time(t, HANDOVER, () -> extracted.forEach(r -> {
            byte[] b = r.isArticle() ? articles.encode(r.article()) : null;
            candidateBytes.add(b);
            candidates.add(b == null ? null : articles.decode(b));
        }));
        List<StageResult> deduped = new ArrayList<>();
        DedupUnderTest d = new InMemoryDedup();
        time(t, "dedup", () -> {
            for (int i = 0; i < extracted.size(); i++) {
                StageResult r = extracted.get(i);
                deduped.add(r.isArticle() ? d.apply(candidates.get(i), candidateBytes.get(i)) : r);
            }
        });
        List<StageResult> tagged = new ArrayList<>();
        time(t, "tag", () -> deduped.forEach(r -> tagged.add(r.isArticle() ? tagStage.apply(r.article()) : r)));
        time(t, "serialise", () -> tagged.forEach(this::encode));
        DedupUnderTest fresh = new InMemoryDedup();
        time(t, "interleaved", () -> {
            for (int i = 0; i < pages.size(); i++) {
                encode(onePage(pages.get(i).url(), encoded.get(i), fresh, true));
            }
        });
        DedupUnderTest fresh2 = new InMemoryDedup();
        time(t, "interleaved, no handover", () -> {
            for (int i = 0; i < pages.size(); i++) {
                encode(onePage(pages.get(i).url(), encoded.get(i), fresh2, false));
            }
        });
        DedupUnderTest fresh3 = new InMemoryDedup();
        time(t, "task batches of " + TASK_BATCH, () -> taskBatches(pages, encoded, fresh3));
        perStage(t, pages, encoded);
        return t;
    }

    /**
     * The interleaved pass again, with each stage's thread CPU time summed on its own (a clock read costs
     * well under a microsecond, four per page): which stages get slower when they take turns on one page.
     */
    private void perStage(Map<String, long[]> t, List<BenchPage> pages, List<byte[]> encoded) {
        DedupUnderTest d = new InMemoryDedup();
        long[] sums = new long[5];
        long gc0 = youngCollections();
        for (int i = 0; i < pages.size(); i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            StageResult r = extractStage.apply(pages.get(i).url(), encoded.get(i));
            long c1 = THREADS.getCurrentThreadCpuTime();
            byte[] bytes = r.isArticle() ? articles.encode(r.article()) : null;
            Article decoded = bytes == null ? null : articles.decode(bytes);
            long c2 = THREADS.getCurrentThreadCpuTime();
            r = r.isArticle() ? d.apply(decoded, bytes) : r;
            long c3 = THREADS.getCurrentThreadCpuTime();
            r = r.isArticle() ? tagStage.apply(r.article()) : r;
            long c4 = THREADS.getCurrentThreadCpuTime();
            encode(r);
            long c5 = THREADS.getCurrentThreadCpuTime();
            sums[0] += c1 - c0;
            sums[1] += c2 - c1;
            sums[2] += c3 - c2;
            sums[3] += c4 - c3;
            sums[4] += c5 - c4;
        }
        long gcs = youngCollections() - gc0;
        String[] names = {"stage", HANDOVER, "dedup", "tag", "serialise"};
        for (int k = 0; k < names.length; k++) {
            t.put("interleaved: " + names[k], new long[] {sums[k], gcs});
        }
    }

    /**
     * As a stream thread runs the topology: extract and dedup are separate tasks (a repartition topic between
     * them) and Kafka Streams' TaskExecutor processes up to {@code numIterations} records of one task before
     * the next; here {@value #TASK_BATCH} pages are extracted (and encoded, and decoded by the dedup task, as
     * on the topic), then deduplicated, tagged and encoded one by one.
     */
    private void taskBatches(List<BenchPage> pages, List<byte[]> encoded, DedupUnderTest d) {
        for (int from = 0; from < pages.size(); from += TASK_BATCH) {
            int to = Math.min(pages.size(), from + TASK_BATCH);
            List<byte[]> candidates = new ArrayList<>();
            List<StageResult> extracted = new ArrayList<>();
            for (int i = from; i < to; i++) {
                StageResult r = extractStage.apply(pages.get(i).url(), encoded.get(i));
                extracted.add(r);
                candidates.add(r.isArticle() ? articles.encode(r.article()) : null);
            }
            for (int i = 0; i < extracted.size(); i++) {
                StageResult r = extracted.get(i);
                if (r.isArticle()) {
                    r = d.apply(articles.decode(candidates.get(i)), candidates.get(i));
                    r = r.isArticle() ? tagStage.apply(r.article()) : r;
                }
                encode(r);
            }
        }
    }

    private StageResult onePage(String url, byte[] value, DedupUnderTest d, boolean handover) {
        StageResult r = extractStage.apply(url, value);
        if (r.isArticle() && handover) {
            byte[] bytes = articles.encode(r.article());
            r = d.apply(articles.decode(bytes), bytes);
        } else if (r.isArticle()) {
            r = d.apply(r.article(), null);
        }
        return r.isArticle() ? tagStage.apply(r.article()) : r;
    }

    private void encode(StageResult r) {
        outputs.encode(r);
    }

    private static void time(Map<String, long[]> t, String name, Runnable work) {
        long gc0 = youngCollections();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long process0 = PROCESS.getProcessCpuTime();
        work.run();
        t.put(name, new long[] {THREADS.getCurrentThreadCpuTime() - cpu0, youngCollections() - gc0,
            PROCESS.getProcessCpuTime() - process0});
    }

    private static long youngCollections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("MarkSweep") && !gc.getName().contains("Old")) {
                n += gc.getCollectionCount();
            }
        }
        return n;
    }
}
