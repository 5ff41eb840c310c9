package io.newspipe.benchmarks;

import io.newspipe.avro.Article;
import io.newspipe.avro.RawPage;
import io.newspipe.bench.BenchPage;
import io.newspipe.bench.DedupUnderTest;
import io.newspipe.bench.InMemoryDedup;
import io.newspipe.bench.ParseFloor;
import io.newspipe.bench.RawRecords;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.extract.PageInput;
import io.newspipe.streams.stage.StageResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage beside the floor, one page per invocation, cycling through the bench's pages so the
 * average is the average per page. {@link #parseFloor} (jsoup's parse of the same bytes) is the
 * floor of any HTML pipeline on the JVM; divide every other score by it. {@link #wholePage} is the
 * whole per-page cost: decode, extract, dedup, tag (when an article), encode the output.
 * Single-threaded (one benchmark thread); state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class StageBenchmark {
    private PageSet set;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final AvroSerde<RawPage> rawPages = NewsSerdes.rawPage();
    private final AvroSerde<Article> articles = NewsSerdes.article();
    private final AvroSerde<io.newspipe.avro.DuplicateNotice> duplicates = NewsSerdes.duplicateNotice();
    private final AvroSerde<io.newspipe.avro.DeadLetter> deadLetters = NewsSerdes.deadLetter();
    private DedupUnderTest dedup;
    private int page;
    private int candidate;
    private int article;

    @Setup
    public void load() throws IOException {
        set = new PageSet();
        dedup = new InMemoryDedup();
    }

    private BenchPage nextPage() {
        page = page + 1 == set.pages.size() ? 0 : page + 1;
        return set.pages.get(page);
    }

    @Benchmark
    public Object parseFloor() {
        return ParseFloor.parse(nextPage());
    }

    @Benchmark
    public Object extract() {
        BenchPage p = nextPage();
        return extractor.extract(new PageInput(p.url(), p.body(), p.contentType(), RawRecords.FETCHED_AT));
    }

    /** Avro decode, extraction, canonical URL, id and content hash: the topology's first stage. */
    @Benchmark
    public Object extractStage() {
        BenchPage p = nextPage();
        return set.extractStage.apply(p.url(), set.encoded.get(page));
    }

    /** HOOK(dedup benchmark): the {@link DedupUnderTest} in use; swap in issue 4's near-duplicate index. */
    @Benchmark
    public Object dedup() {
        candidate = candidate + 1 == set.candidates.size() ? 0 : candidate + 1;
        if (candidate == 0) {
            dedup = new InMemoryDedup();
        }
        return dedup.apply(set.candidates.get(candidate));
    }

    /** Per article (the tag stage only sees articles). */
    @Benchmark
    public Object tag() {
        article = article + 1 == set.tagged.size() ? 0 : article + 1;
        return set.tagStage.apply(set.tagged.get(article));
    }

    /** Decoding the raw page and encoding the finished article. */
    @Benchmark
    public Object serde() {
        nextPage();
        article = article + 1 == set.tagged.size() ? 0 : article + 1;
        rawPages.decode(set.encoded.get(page));
        return articles.encode(set.tagged.get(article));
    }

    /** The whole per-page cost; dedup state restarts with each cycle so every cycle does the same work. */
    @Benchmark
    public Object wholePage() {
        BenchPage p = nextPage();
        if (page == 0) {
            dedup = new InMemoryDedup();
        }
        StageResult r = set.extractStage.apply(p.url(), set.encoded.get(page));
        if (r.isArticle()) {
            r = dedup.apply(r.article());
        }
        if (r.isArticle()) {
            r = set.tagStage.apply(r.article());
        }
        if (r.isArticle()) {
            return articles.encode(r.article());
        }
        return r.isDuplicate() ? duplicates.encode(r.duplicate()) : deadLetters.encode(r.deadLetter());
    }
}
