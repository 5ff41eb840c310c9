package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.stage.StageResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: the path a candidate takes after the extraction, looped over the 227 bench pages'
 * candidates for a profiler (JFR) and timed part by part in thread CPU: the candidate's URL work (canonical
 * URL and id), its hand-over (Avro encode + decode), the partitioned dedup (a fresh {@link InMemoryDedup}
 * per pass) and the output's Avro encode. Run from the repository root with {@code java
 * -Dnewspipe.shared=../shared -cp "launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*"
 * io.newspipe.bench.DedupPathLoop <passes>}.
 */
public final class DedupPathLoop {
    private static final Clock CLOCK = Clock.fixed(RawRecords.FETCHED_AT, ZoneOffset.UTC);

    private DedupPathLoop() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int passes = Integer.parseInt(args[0]);
        List<BenchPage> pages = OfflinePages.pages();
        List<Article> candidates = OfflinePages.candidates(pages, CLOCK);
        AvroSerde<Article> serde = NewsSerdes.article();
        StageOutputs outputs = new StageOutputs();
        UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double n = pages.size() * 1000.0;
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int p = 0; p < passes; p++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (Article a : candidates) {
                ArticleIds.idOf(canonicalizer.canonicalize(a.getUrl(), null));
            }
            long t1 = threads.getCurrentThreadCpuTime();
            List<Article> decoded = new ArrayList<>();
            List<byte[]> bytes = new ArrayList<>();
            for (Article a : candidates) {
                byte[] b = serde.encode(a);
                bytes.add(b);
                decoded.add(serde.decode(b));
            }
            long t2 = threads.getCurrentThreadCpuTime();
            InMemoryDedup dedup = new InMemoryDedup();
            List<StageResult> results = new ArrayList<>();
            for (int i = 0; i < decoded.size(); i++) {
                results.add(dedup.apply(decoded.get(i), bytes.get(i)));
            }
            long t3 = threads.getCurrentThreadCpuTime();
            results.forEach(outputs::encode);
            long t4 = threads.getCurrentThreadCpuTime();
            long[] now = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
            for (int k = 0; k < 4; k++) {
                best[k] = Math.min(best[k], now[k]);
            }
            if (p % 20 == 0 || p == passes - 1) {
                System.out.printf(Locale.ROOT, "pass %d: url+id %.1f  handover %.1f  dedup %.1f  out %.1f µs/page"
                        + " (best %.1f %.1f %.1f %.1f)%n", p, now[0] / n, now[1] / n, now[2] / n, now[3] / n,
                        best[0] / n, best[1] / n, best[2] / n, best[3] / n);
            }
        }
    }
}
