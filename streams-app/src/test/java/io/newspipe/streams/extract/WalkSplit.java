package io.newspipe.streams.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Profiling aid, not a unit test: the work after the parse cut into its parts (walk, metadata, title,
 * main content, page checks, article output), each page parsed just before, as in the pipeline, and each
 * part kept at its per-page best thread CPU time over the passes. Folders as for {@link ExtractionDump}.
 * Usage: {@code java -cp <test classpath> io.newspipe.streams.extract.WalkSplit <passes> <folder>...}.
 */
public final class WalkSplit {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] PARTS = {"walk", "metadata", "title", "main", "doctitle", "cards", "article"};

    private WalkSplit() {
    }

    public static void main(String[] args) throws Exception {
        List<ExtractionAB.Page> pages = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            pages.addAll(ExtractionAB.load(Path.of(args[i])));
        }
        int passes = Integer.parseInt(args[0]);
        PageDecoder decoder = new PageDecoder();
        MetadataExtractor metadata = new MetadataExtractor();
        MainContentExtractor mainContent = new MainContentExtractor();
        long[][] best = new long[PARTS.length][pages.size()];
        for (long[] b : best) {
            Arrays.fill(b, Long.MAX_VALUE);
        }
        int sink = 0;
        for (int pass = 0; pass <= passes; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                ExtractionAB.Page p = pages.get(i);
                Document doc = Jsoup.parse(decoder.decode(p.body(), p.ct()).text(), p.url());
                if (doc.body() == null) {
                    continue;
                }
                long[] t = new long[PARTS.length + 1];
                t[0] = CPU.getCurrentThreadCpuTime();
                PageWalk walk = PageWalk.of(doc);
                t[1] = CPU.getCurrentThreadCpuTime();
                PageMetadata meta = metadata.extract(doc, p.url(), walk.scan());
                t[2] = CPU.getCurrentThreadCpuTime();
                String title = TitleChooser.chooseAmong(walk.scan().cleanH1Texts(), meta.title());
                t[3] = CPU.getCurrentThreadCpuTime();
                MainContent content = mainContent.extract(doc.body(), walk.blocks(), title);
                t[4] = CPU.getCurrentThreadCpuTime();
                sink += doc.title().length() & 1;
                t[5] = CPU.getCurrentThreadCpuTime();
                boolean reject = content.weight() < 150 || PageClassifier.isListing(content) || CardGrid.isCardGrid(content);
                t[6] = CPU.getCurrentThreadCpuTime();
                if (!reject) {
                    sink += TextDirection.of(String.join("\n\n", clean(content)), meta.textDirection()).length();
                }
                t[7] = CPU.getCurrentThreadCpuTime();
                if (pass > 0) {
                    for (int k = 0; k < PARTS.length; k++) {
                        best[k][i] = Math.min(best[k][i], t[k + 1] - t[k]);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        double sum = 0;
        for (int k = 0; k < PARTS.length; k++) {
            double us = Arrays.stream(best[k]).filter(v -> v != Long.MAX_VALUE).sum() / (pages.size() * 1000.0);
            sum += us;
            out.append(String.format(Locale.ROOT, "%s %.1f  ", PARTS[k], us));
        }
        System.out.printf(Locale.ROOT, "load %.2f  %ssum %.1f µs/page (best of %d; %d)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), out, sum, passes, sink);
    }

    private static List<String> clean(MainContent content) {
        List<String> out = new ArrayList<>();
        for (TextBlock block : content.blocks()) {
            out.add(TextCleaner.clean(block.text()));
        }
        BodyHtml.of(out, Arrays.asList(new Boolean[out.size()]).stream().map(b -> false).toList(), "https://x.example/");
        return out;
    }
}
