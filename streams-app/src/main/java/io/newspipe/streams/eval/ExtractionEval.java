package io.newspipe.streams.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.extract.ExtractedArticle;
import io.newspipe.streams.extract.ExtractionOutcome;
import io.newspipe.streams.extract.PageInput;
import io.newspipe.streams.extract.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link ArticleExtractor} on a folder of pages (contracts §4) against a ground-truth JSON
 * ({@code {"<id>": {"articleBody": "...", "url": "..."}}}, matched by URL or by file id) with the
 * benchmark method of {@link ExtractionScorer}, checks titles with {@link ExtractionEvalTitles}, and
 * measures throughput on one thread and on several. Not thread-safe to share; {@link #run} is static.
 */
public final class ExtractionEval {
    private static final int WARMUP_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 3;

    private ExtractionEval() {
    }

    /** A page of the folder with its ground truth. */
    record EvalPage(String id, String url, String contentType, Instant fetchedAt, byte[] body, String truth) {
    }

    /**
     * Runs the evaluation.
     *
     * @param folder a page folder with {@code pages.tsv}
     * @param truthJson the ground truth; null means {@code folder/ground-truth.json}
     * @param threads threads for the parallel throughput figure (at least 1)
     */
    public static ExtractionReport run(Path folder, Path truthJson, int threads) throws IOException {
        return evaluate(folder, truthJson, threads, true);
    }

    /** As {@link #run}; without the throughput rounds (figures 0) when {@code measureSpeed} is false. */
    static ExtractionReport evaluate(Path folder, Path truthJson, int threads, boolean measureSpeed)
            throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path truthPath = truthJson == null ? folder.resolve("ground-truth.json") : truthJson;
        List<EvalPage> pages = load(folder, truthPath);
        ArticleExtractor extractor = new ArticleExtractor();
        List<ExtractionOutcome> outcomes = new ArrayList<>();
        for (EvalPage page : pages) {
            outcomes.add(extractor.extract(input(page)));
        }
        Tally tally = new Tally();
        for (int i = 0; i < pages.size(); i++) {
            tally.add(pages.get(i), outcomes.get(i));
        }
        ExtractionScorer.Summary summary = ExtractionScorer.summarize(tally.scores);
        int workers = Math.max(1, threads);
        Throughput none = new Throughput(0, 0, 0);
        Throughput one = measureSpeed ? throughput(pages, 1) : none;
        Throughput many = measureSpeed ? throughput(pages, workers) : none;
        return new ExtractionReport(pages.size(), tally.articles, summary.precision(), summary.recall(),
                summary.f1(), tally.titlePages, tally.exact, tally.close, one.pagesPerSecond(),
                one.pagesPerCpuSecond(), many.pagesPerSecond(), workers, one.bytesAllocatedPerPage(), tally.results);
    }

    /** The body scores, title checks and per-page results of the pages, added page by page. Not thread-safe. */
    private static final class Tally {
        private final List<ExtractionScorer.PageScore> scores = new ArrayList<>();
        private final List<ExtractionReport.PageResult> results = new ArrayList<>();
        private int articles;
        private int titlePages;
        private int exact;
        private int close;

        void add(EvalPage page, ExtractionOutcome outcome) {
            String body = outcome instanceof ExtractedArticle a ? a.bodyText() : "";
            String title = outcome instanceof ExtractedArticle a ? a.title() : null;
            articles += outcome instanceof ExtractedArticle ? 1 : 0;
            ExtractionScorer.PageScore score = ExtractionScorer.score(page.truth(), body);
            scores.add(score);
            String reference = ExtractionEvalTitles.reference(page.body(), page.url());
            boolean isExact = false;
            if (reference != null) {
                titlePages++;
                isExact = ExtractionEvalTitles.exact(title, reference);
                exact += isExact ? 1 : 0;
                close += ExtractionEvalTitles.close(title, reference) ? 1 : 0;
            }
            String kind = outcome instanceof Rejection r ? r.reason() : "article";
            results.add(new ExtractionReport.PageResult(page.id(), page.url(), kind, score.precision(),
                    score.recall(), title, reference, isExact));
        }
    }

    /** Bytes this thread allocated so far (HotSpot), or 0 where the JVM cannot tell. */
    private static long allocatedBytes(ThreadMXBean mx) {
        return mx instanceof com.sun.management.ThreadMXBean hotspot ? hotspot.getCurrentThreadAllocatedBytes() : 0;
    }

    /** Throughput figures of one measurement: wall-clock pages/second, and pages per CPU-second of the workers. */
    record Throughput(double pagesPerSecond, double pagesPerCpuSecond, long bytesAllocatedPerPage) {
    }

    /**
     * Best figures over a few rounds, after warm-up rounds for the JIT. CPU time is reported beside wall time
     * because on a shared machine the wall clock also counts other processes' turns.
     */
    static Throughput throughput(List<EvalPage> pages, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = 0;
            double bestCpu = 0;
            long allocatedPerPage = 0;
            for (int round = 0; round < WARMUP_ROUNDS + TIMED_ROUNDS; round++) {
                Round measured = round(pool, pages, threads);
                if (round >= WARMUP_ROUNDS) {
                    long cpuNanos = measured.cpuNanos();
                    best = Math.max(best, pages.size() / measured.seconds());
                    bestCpu = cpuNanos <= 0 ? bestCpu : Math.max(bestCpu, pages.size() / (cpuNanos / 1e9));
                    allocatedPerPage = measured.allocatedBytes() / Math.max(1, pages.size());
                }
            }
            return new Throughput(best, bestCpu, allocatedPerPage);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed while measuring", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One round's wall-clock seconds, and the CPU time and bytes allocated of its workers together. */
    private record Round(double seconds, long cpuNanos, long allocatedBytes) {
    }

    /** Extracts every page once, each of {@code threads} workers taking every {@code threads}-th page. */
    private static Round round(ExecutorService pool, List<EvalPage> pages, int threads)
            throws InterruptedException, ExecutionException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong allocatedTotal = new AtomicLong();
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                long cpu = mx.getCurrentThreadCpuTime();
                long allocated = allocatedBytes(mx);
                extractShare(pages, offset, threads);
                allocatedTotal.addAndGet(allocatedBytes(mx) - allocated);
                return mx.getCurrentThreadCpuTime() - cpu;
            }));
        }
        long cpuNanos = 0;
        for (Future<Long> f : futures) {
            cpuNanos += f.get();
        }
        return new Round((System.nanoTime() - start) / 1e9, cpuNanos, allocatedTotal.get());
    }

    private static void extractShare(List<EvalPage> pages, int offset, int stride) {
        ArticleExtractor extractor = new ArticleExtractor();
        for (int i = offset; i < pages.size(); i += stride) {
            extractor.extract(input(pages.get(i)));
        }
    }

    private static PageInput input(EvalPage page) {
        return new PageInput(page.url(), page.body(), page.contentType(), page.fetchedAt());
    }

    static List<EvalPage> load(Path folder, Path truthPath) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(truthPath.toFile());
        List<EvalPage> pages = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("pages.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IOException("pages.tsv: expected url, file, fetched_at in: " + line);
            }
            String id = idOf(cols[1]);
            JsonNode entry = findTruth(truth, id, cols[0]);
            if (entry == null) {
                continue;
            }
            String contentType = cols.length > 3 && !cols[3].isBlank() ? cols[3] : null;
            pages.add(new EvalPage(id, cols[0], contentType, instant(cols[2]), read(folder.resolve(cols[1])),
                    entry.path("articleBody").asText("")));
        }
        return pages;
    }

    private static JsonNode findTruth(JsonNode truth, String id, String url) {
        if (truth.has(id)) {
            return truth.get(id);
        }
        for (JsonNode entry : truth) {
            if (url.equals(entry.path("url").asText(null))) {
                return entry;
            }
        }
        return null;
    }

    private static String idOf(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** {@code ExtractionEval <folder> [--truth file] [--threads n] [--worst n]}: prints the report. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ExtractionEval <folder> [--truth file] [--threads n] [--worst n]");
            System.exit(2);
        }
        Path truth = null;
        int threads = Runtime.getRuntime().availableProcessors();
        int worst = 15;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--truth" -> truth = Path.of(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--worst" -> worst = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.print(run(Path.of(args[0]), truth, threads).format(worst));
    }
}
