package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The dedup stage at scale: {@code articles} candidates through {@link InMemoryDedup} (the topology's
 * partitioned dedup over four in-memory partitions, every protocol message encoded), reporting CPU per
 * article window by window and the encoded state per article as the index fills. Bodies are new stories
 * made of random paragraphs of the bench's source pages (the aeb set and the demo site) plus a unique
 * line; every fifth candidate is a syndicated copy of a recent one under another URL, with a dateline.
 * Only {@code apply} is timed (thread CPU); building and encoding the candidates is not. Not thread-safe.
 */
public final class DedupScale {
    private static final int PARAGRAPHS_PER_STORY = 8;
    private static final int RECENT = 4096;
    private static final long START = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
    private final List<String> paragraphs;
    private final Article template;
    private final AvroSerde<Article> serde = NewsSerdes.article();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** Takes paragraphs and a candidate template from the extracted source pages. */
    public DedupScale(List<SourcePage> sources) {
        ExtractStage extract = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), 10 * 1024 * 1024,
                Clock.systemUTC());
        Set<String> pool = new LinkedHashSet<>();
        Article first = null;
        for (SourcePage page : Objects.requireNonNull(sources, "sources")) {
            StageResult r = extract.apply(page.url(), RawRecords.encodeAll(List.of(
                    new BenchPage(page.url(), page.body(), page.contentType(), BenchPage.Kind.ORIGINAL))).get(0));
            if (r.isArticle()) {
                first = first == null ? r.article() : first;
                for (String p : r.article().getBodyText().split("\n+")) {
                    if (p.length() >= 80) {
                        pool.add(p.strip());
                    }
                }
            }
        }
        if (first == null || pool.size() < 100) {
            throw new IllegalStateException("too few source paragraphs: " + pool.size());
        }
        this.paragraphs = List.copyOf(pool);
        this.template = first;
    }

    /** Runs {@code articles} candidates, printing a row every {@code window} articles. */
    public void run(int articles, int window, PrintStream out) {
        InMemoryDedup dedup = new InMemoryDedup();
        SplittableRandom random = new SplittableRandom(42);
        List<String> recent = new ArrayList<>(RECENT);
        long windowCpu = 0;
        long totalCpu = 0;
        int duplicates = 0;
        out.printf(Locale.ROOT, "dedup at scale: %,d candidates, %,d source paragraphs, %d paragraphs per story%n",
                articles, paragraphs.size(), PARAGRAPHS_PER_STORY);
        out.printf(Locale.ROOT, "%12s %14s %14s %16s %18s %12s%n", "candidates", "cpu µs/cand.", "cand./cpu-s",
                "articles so far", "lasting B/article", "messages");
        for (int i = 0; i < articles; i++) {
            Article candidate = candidate(i, nextBody(i, recent, random));
            byte[] bytes = serde.encode(candidate);
            long t0 = threads.getCurrentThreadCpuTime();
            StageResult r = dedup.apply(candidate, bytes);
            long spent = threads.getCurrentThreadCpuTime() - t0;
            windowCpu += spent;
            totalCpu += spent;
            duplicates += r.isArticle() ? 0 : 1;
            if ((i + 1) % window == 0 || i + 1 == articles) {
                printWindow(out, dedup, i + 1, (i % window) + 1, windowCpu, duplicates);
                windowCpu = 0;
            }
        }
        long[] end = dedup.storeBytes();
        out.printf(Locale.ROOT, "whole run: %.1f µs CPU per candidate = %,.0f candidates per CPU-second; %,d kept, %,d "
                        + "duplicates; lasting state %.1f B per candidate (%,d B), transient %,d B%n",
                totalCpu / 1e3 / articles, articles / (totalCpu / 1e9), articles - duplicates, duplicates,
                end[0] / (double) articles, end[0], end[1]);
    }

    /**
     * Candidate {@code i}'s body: every fifth a syndicated copy of a recent story (while there is one), the
     * others a new story, which joins the recent ones unless it stands in a fifth's place.
     */
    private String nextBody(int i, List<String> recent, SplittableRandom random) {
        if (i % 5 == 4 && !recent.isEmpty()) {
            return "WIRE (Agency) - " + recent.get(random.nextInt(recent.size()));
        }
        String body = story(random, i);
        if (i % 5 != 4) {
            remember(recent, body, random);
        }
        return body;
    }

    /** The row of a window of {@code inWindow} candidates ending with the {@code done}-th. */
    private static void printWindow(PrintStream out, InMemoryDedup dedup, int done, int inWindow, long windowCpu,
                                    int duplicates) {
        long kept = (long) done - duplicates;
        long[] bytesNow = dedup.storeBytes();
        out.printf(Locale.ROOT, "%,12d %14.1f %,14.0f %,16d %18.1f %,12d%n", done,
                windowCpu / 1e3 / inWindow, inWindow / (windowCpu / 1e9), kept,
                bytesNow[0] / (double) done, dedup.messages());
    }

    private String story(SplittableRandom random, int i) {
        StringBuilder b = new StringBuilder(4096);
        for (int p = 0; p < PARAGRAPHS_PER_STORY; p++) {
            b.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
        }
        return b.append("Story ").append(i).append(" was filed at ").append(i % 24).append(":")
                .append(i % 60).append(" by the night desk.").toString();
    }

    private static void remember(List<String> recent, String body, SplittableRandom random) {
        if (recent.size() < RECENT) {
            recent.add(body);
        } else {
            recent.set(random.nextInt(RECENT), body);
        }
    }

    private Article candidate(int i, String body) {
        String url = "https://scale" + (i % 50) + ".example/news/" + i;
        return Article.newBuilder(template)
                .setId(ArticleIds.idOf(url))
                .setUrl(url)
                .setCanonicalUrl(url)
                .setBodyText(body)
                .setBodyHtml("<p>" + i + "</p>")
                .setFetchedAt(Instant.ofEpochMilli(START + i * 250L))
                .setContentHash("")
                .build();
    }
}
