package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.avro.RawPage;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.extract.PageInput;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.TagStage;
import io.newspipe.streams.tag.ArticleTagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cost of each stage per page, measured offline on one thread over the same pages, stage by
 * stage, as thread CPU time (robust when other processes share the cores) and wall time; each stage
 * keeps its best of several passes, measured once warm-up passes have let the JIT go quiet ({@link JitSettling}).
 * Parse-only ({@code Jsoup.parse} of the same bytes) is the floor every figure is compared with. Not thread-safe.
 */
public final class StageCosts {
    private static final Logger LOG = LoggerFactory.getLogger(StageCosts.class);
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ExtractStage extractStage = new ExtractStage(extractor, new UrlCanonicalizer(),
            10 * 1024 * 1024, Clock.systemUTC());
    private final TagStage tagStage = new TagStage(new ArticleTagger(), Clock.systemUTC());
    private final AvroSerde<RawPage> rawPages = NewsSerdes.rawPage();
    private final StageOutputs outputs = new StageOutputs();
    private final AvroSerde<Article> articles = outputs.articles();
    private final Supplier<DedupUnderTest> dedup;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** With the topology's current dedup; see {@link DedupUnderTest} for the hook. */
    public StageCosts() {
        this(InMemoryDedup::new);
    }

    public StageCosts(Supplier<DedupUnderTest> dedup) {
        this.dedup = Objects.requireNonNull(dedup, "dedup");
    }

    /**
     * Measures every stage over {@code pages}: warm-up passes until the JIT has gone quiet
     * ({@link JitSettling#DEFAULT}), then {@code passes} measured passes.
     */
    public Result measure(List<BenchPage> pages, int passes) {
        return measure(pages, passes, JitSettling.DEFAULT);
    }

    /** As {@link #measure(List, int)}, warming up by {@code warmUp}. */
    public Result measure(List<BenchPage> pages, int passes, JitSettling.Policy warmUp) {
        List<byte[]> encoded = RawRecords.encodeAll(pages);
        JitSettling settling = new JitSettling(warmUp);
        boolean warm = false;
        while (!warm) {
            settling.passStarts(threads.getCurrentThreadCpuTime());
            pass(pages, encoded);
            warm = settling.passEnds(threads.getCurrentThreadCpuTime());
            LOG.info("cost split warm-up pass {}: JIT {} % of the pass's CPU", settling.passes(),
                    String.format(Locale.ROOT, "%.1f", 100 * settling.lastFraction()));
        }
        LongSupplier jit = JitSettling.compilerCpuMillis();
        long jit0 = jit.getAsLong();
        long wall0 = System.nanoTime();
        Pass best = null;
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            Pass p = pass(pages, encoded);
            ratios.add((double) p.nanos.get("paired interleaved")[0] / p.nanos.get("paired floor")[0]);
            best = best == null ? p : best.min(p);
        }
        double measuredMillis = (System.nanoTime() - wall0) / 1e6;
        WarmUp w = new WarmUp(settling.passes(), settling.settled(), jit.getAsLong() - jit0, measuredMillis);
        return new Result(pages.size(), passes, best.cpu(pages.size()), best.wall(pages.size()), w, ratios,
                median(ratios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
    }

    private Pass pass(List<BenchPage> pages, List<byte[]> encoded) {
        Pass p = new Pass();
        p.time("decode", () -> encoded.forEach(rawPages::decode));
        p.time("parse", () -> pages.forEach(ParseFloor::parse));
        p.time("extract", () -> pages.forEach(b -> extractor.extract(
                new PageInput(b.url(), b.body(), b.contentType(), RawRecords.FETCHED_AT))));
        List<StageResult> deduped = extractAndDedup(pages, encoded, p);
        List<StageResult> tagged = new ArrayList<>();
        p.time("tag", () -> deduped.forEach(r -> tagged.add(r.isArticle() ? tagStage.apply(r.article()) : r)));
        p.time("serialise", () -> tagged.forEach(this::encode));
        DedupUnderTest fresh = dedup.get();
        p.time("interleaved", () -> {
            for (int i = 0; i < pages.size(); i++) {
                encode(onePage(pages.get(i).url(), encoded.get(i), fresh));
            }
        });
        paired(pages, encoded, p);
        return p;
    }

    /** Times the extract stage, the hand-over through the dedup input topic and dedup; returns dedup's results. */
    private List<StageResult> extractAndDedup(List<BenchPage> pages, List<byte[]> encoded, Pass p) {
        List<StageResult> extracted = new ArrayList<>();
        p.time("stage", () -> {
            for (int i = 0; i < pages.size(); i++) {
                extracted.add(extractStage.apply(pages.get(i).url(), encoded.get(i)));
            }
        });
        // the candidate crosses the dedup input topic (a repartition topic: the dedup task is another
        // sub-topology): the extract task encodes it, the dedup task decodes it and decides and tags that copy
        List<byte[]> candidateBytes = new ArrayList<>();
        List<Article> candidates = new ArrayList<>();
        p.time("handover", () -> extracted.forEach(r -> {
            byte[] bytes = r.isArticle() ? articles.encode(r.article()) : null;
            candidateBytes.add(bytes);
            candidates.add(bytes == null ? null : articles.decode(bytes));
        }));
        List<StageResult> deduped = new ArrayList<>();
        DedupUnderTest d = dedup.get();
        p.time("dedup", () -> {
            for (int i = 0; i < extracted.size(); i++) {
                StageResult r = extracted.get(i);
                deduped.add(r.isArticle() ? d.apply(candidates.get(i), candidateBytes.get(i)) : r);
            }
        });
        return deduped;
    }

    /**
     * The floor and the interleaved whole, page by page in turn, timed apart. Why: the machine's speed may change
     * from one second to the next (another tenant's memory traffic); paired page by page, both see the same machine.
     */
    private void paired(List<BenchPage> pages, List<byte[]> encoded, Pass p) {
        DedupUnderTest d = dedup.get();
        long[] floor = new long[2];
        long[] whole = new long[2];
        for (int i = 0; i < pages.size(); i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            ParseFloor.parse(pages.get(i));
            long cpu1 = threads.getCurrentThreadCpuTime();
            long wall1 = System.nanoTime();
            encode(onePage(pages.get(i).url(), encoded.get(i), d));
            floor[0] += cpu1 - cpu0;
            floor[1] += wall1 - wall0;
            whole[0] += threads.getCurrentThreadCpuTime() - cpu1;
            whole[1] += System.nanoTime() - wall1;
        }
        p.nanos.put("paired floor", floor);
        p.nanos.put("paired interleaved", whole);
    }

    /** Every stage on one page before the next page, as a stream thread interleaves them. */
    private StageResult onePage(String url, byte[] value, DedupUnderTest d) {
        StageResult r = extractStage.apply(url, value);
        if (r.isArticle()) {
            // the candidate crosses the dedup input topic: encoded by the extract task, decoded by the dedup task
            byte[] bytes = articles.encode(r.article());
            r = d.apply(articles.decode(bytes), bytes);
        }
        return r.isArticle() ? tagStage.apply(r.article()) : r;
    }

    private void encode(StageResult r) {
        outputs.encode(r);
    }

    /** Nanoseconds per stage for one pass, CPU and wall. */
    private final class Pass {
        final Map<String, long[]> nanos = new java.util.LinkedHashMap<>();

        void time(String stage, Runnable work) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            work.run();
            nanos.put(stage, new long[] {threads.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - wall0});
        }

        Pass min(Pass other) {
            Pass m = new Pass();
            nanos.forEach((k, v) -> {
                long[] o = other.nanos.get(k);
                m.nanos.put(k, new long[] {Math.min(v[0], o[0]), Math.min(v[1], o[1])});
            });
            return m;
        }

        Costs cpu(int pages) {
            return Costs.of(nanos, 0, pages);
        }

        Costs wall(int pages) {
            return Costs.of(nanos, 1, pages);
        }
    }

    /**
     * Microseconds per input page for each part of the work; the parts add up to {@link #whole()}.
     *
     * @param decode Avro decoding of the raw page
     * @param parse jsoup parse of the bytes: the floor
     * @param extract the extractor's work beyond the parse (main text, metadata, cleaning)
     * @param candidate building the candidate: canonical URL, id, Avro record (the content hash is the dedup stage's)
     * @param handover the candidate's trip through the dedup input topic: Avro encode by the extract task and
     *     decode by the dedup task (Kafka's own cost per record is measured end to end only)
     * @param dedup the dedup decisions ({@link DedupUnderTest})
     * @param tag the tag stage
     * @param serialise Avro encoding of the output record
     * @param interleaved the whole per-page cost measured with every stage run on a page before the next
     *     page (the hand-over included; caches and JIT profiles are shared), not the sum of the parts: the
     *     pessimistic case, since a stream thread runs a few records of one task before the next task
     * @param pairedFloor the floor timed page by page in turn with {@code pairedInterleaved}
     * @param pairedInterleaved the interleaved whole timed page by page in turn with {@code pairedFloor}
     */
    public record Costs(double decode, double parse, double extract, double candidate, double handover,
            double dedup, double tag, double serialise, double interleaved, double pairedFloor,
            double pairedInterleaved) {
        static Costs of(Map<String, long[]> nanos, int index, int pages) {
            double n = pages * 1000.0;
            double decode = nanos.get("decode")[index] / n;
            double parse = nanos.get("parse")[index] / n;
            double extract = nanos.get("extract")[index] / n;
            double stage = nanos.get("stage")[index] / n;
            return new Costs(decode, parse, Math.max(0, extract - parse), Math.max(0, stage - decode - extract),
                    nanos.get("handover")[index] / n, nanos.get("dedup")[index] / n, nanos.get("tag")[index] / n,
                    nanos.get("serialise")[index] / n, nanos.get("interleaved")[index] / n,
                    nanos.get("paired floor")[index] / n, nanos.get("paired interleaved")[index] / n);
        }

        /** The whole per-page cost. */
        public double whole() {
            return decode + parse + extract + candidate + handover + dedup + tag + serialise;
        }

        /** The whole cost as a multiple of the parse floor. */
        public double wholeOverFloor() {
            return whole() / parse;
        }

        /** The interleaved whole cost as a multiple of the parse floor. */
        public double interleavedOverFloor() {
            return interleaved / parse;
        }
    }

    /**
     * @param pages pages per pass
     * @param passes measured passes (best kept per stage)
     * @param cpuMicros thread CPU microseconds per page
     * @param wallMicros wall microseconds per page
     * @param warmUp how many warm-up passes ran and whether the JIT was quiet while measuring
     * @param pairedRatiosCpu per measured pass, the interleaved whole over the floor, timed page by page in turn (CPU)
     * @param pairedOverFloorCpu the median of {@code pairedRatiosCpu}
     */
    public record Result(int pages, int passes, Costs cpuMicros, Costs wallMicros, WarmUp warmUp,
            List<Double> pairedRatiosCpu, double pairedOverFloorCpu) {
    }

    /**
     * How the JIT stood: {@code passes} warm-up passes ran, {@code settled} says whether they ended quiet (else the
     * cap ended them), and the compiler threads spent {@code measuredJitMillis} of CPU during the
     * {@code measuredMillis} (wall) of the measured passes (near zero when the figures are the settled code's).
     */
    public record WarmUp(int passes, boolean settled, long measuredJitMillis, double measuredMillis) {
    }
}
