package io.newspipe.streams.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Profiling loop for {@link MetadataExtractor} alone, not a unit test: parses and walks every page once, then
 * runs only the metadata reading over them, pass after pass, and prints its CPU µs per page (best pass, and
 * the sum of per-page bests). Run it under JFR ({@code -XX:StartFlightRecording}) to see where the metadata
 * time goes without the parse and the page walk drowning it. Folders as for {@link ExtractionDump}.
 * Usage: {@code java -cp <test classpath> io.newspipe.streams.extract.MetadataLoop <passes> <folder>...}.
 */
public final class MetadataLoop {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private record Page(Document doc, PageScan scan, String url) {
    }

    private MetadataLoop() {
    }

    public static void main(String[] args) throws IOException {
        int passes = Integer.parseInt(args[0]);
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            pages.addAll(load(Path.of(args[i])));
        }
        MetadataExtractor metadata = new MetadataExtractor();
        long bestPass = Long.MAX_VALUE;
        long[] best = new long[pages.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        int sink = 0;
        for (int pass = 0; pass <= passes; pass++) {
            long start = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < pages.size(); i++) {
                Page p = pages.get(i);
                long t0 = CPU.getCurrentThreadCpuTime();
                sink += metadata.extract(p.doc(), p.url(), p.scan()).hashCode() & 1;
                best[i] = pass == 0 ? best[i] : Math.min(best[i], CPU.getCurrentThreadCpuTime() - t0);
            }
            bestPass = pass == 0 ? bestPass : Math.min(bestPass, CPU.getCurrentThreadCpuTime() - start);
        }
        double n = pages.size() * 1000.0;
        System.out.printf(Locale.ROOT, "pages %d  metadata %.1f µs/page best pass, %.1f sum of per-page bests (%d passes; %d)%n",
                pages.size(), bestPass / n, Arrays.stream(best).sum() / n, passes, sink);
    }

    private static List<Page> load(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        boolean demo = Files.isRegularFile(folder.resolve("manifest.tsv"));
        PageDecoder decoder = new PageDecoder();
        for (String line : Files.readAllLines(folder.resolve(demo ? "manifest.tsv" : "pages.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.isBlank() || line.startsWith("#") || (demo && (f.length < 6 || !f[5].endsWith(".html")))) {
                continue;
            }
            String url = demo ? "https://" + f[0] + ".example" + f[1] : f[0];
            String file = demo ? f[5] : f[1];
            String contentType = demo ? f[4] : f.length > 3 && !f[3].isEmpty() ? f[3] : null;
            Document doc = Jsoup.parse(decoder.decode(read(folder.resolve(file)), contentType).text(), url);
            if (doc.body() != null) {
                pages.add(new Page(doc, PageWalk.of(doc).scan(), url));
            }
        }
        return pages;
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }
}
