package io.newspipe.streams.tag;

import io.newspipe.streams.eval.TaggingEvalSet;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the tagger on one thread: resource load time, retained heap of the loaded resources, and
 * time per article (mean, p50, p99) over the bundled labelled articles. Run it with a small heap to
 * show the bound, e.g. {@code java -Xmx200m -cp ... io.newspipe.streams.tag.TaggerBench 20000}.
 */
public final class TaggerBench {
    private TaggerBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        TaggerResources resources = TaggerResources.load();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long retained = usedHeapAfterGc() - before;
        ArticleTagger tagger = new ArticleTagger(resources, TaggerSettings.defaults());
        List<TaggingEvalSet.LabelledArticle> articles = TaggingEvalSet.bundled();
        System.out.printf(Locale.ROOT, "resources: loaded in %d ms, retained heap %.1f MB (%d dictionary keys)%n",
                loadMs, retained / 1e6, resources.dictionary().size());
        System.out.printf(Locale.ROOT, "dictionary word-sequence hash table: %.1f MB; first-word bits %.1f %% set%n",
                resources.dictionary().sequenceTableMegabytes(), 100 * resources.dictionary().firstWordFill());
        run(tagger, articles, rounds, 1);
        run(tagger, articles, rounds / 4, 6);
        System.out.printf(Locale.ROOT, "heap after runs (after GC): %.1f MB used of max %d MB%n",
                usedHeapAfterGc() / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    /** Tags every article {@code rounds} times in turn, the body repeated {@code repeat} times. */
    private static void run(ArticleTagger tagger, List<TaggingEvalSet.LabelledArticle> articles, int rounds,
            int repeat) {
        String[] bodies = articles.stream().map(a -> String.join("\n\n", java.util.Collections.nCopies(repeat,
                a.body()))).toArray(String[]::new);
        long chars = 0;
        for (int i = 0; i < articles.size(); i++) {
            chars += articles.get(i).title().length() + bodies[i].length();
        }
        for (int i = 0; i < Math.min(rounds, 3_000); i++) {
            tagger.tag(articles.get(i % articles.size()).title(), bodies[i % articles.size()], null);
        }
        long[] nanos = new long[rounds];
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            int k = i % articles.size();
            long s = System.nanoTime();
            tagger.tag(articles.get(k).title(), bodies[k], null);
            nanos[i] = System.nanoTime() - s;
        }
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        System.out.printf(Locale.ROOT, "tag: %d articles of mean %d chars: wall mean %.0f us, p50 %.0f us, p99 %.0f us;"
                + " CPU %.0f us/article%n", rounds, chars / articles.size(), mean, nanos[rounds / 2] / 1000.0,
                nanos[(int) (rounds * 0.99)] / 1000.0, cpu / 1000.0 / rounds);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
