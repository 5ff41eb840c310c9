package io.newspipe.streams.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Throwaway throughput check, not a unit test: decodes and parses every page of a folder (contracts
 * section 4), then times (thread CPU time) {@link PageDecoder} and {@link MetadataExtractor} on one thread and prints
 * pages/second beside the jsoup parse floor, plus one line of metadata per page for eyeballing.
 * Usage: {@code java -cp <test classpath> io.newspipe.streams.extract.MetadataExtractorBench <folder> [rounds]}.
 */
public final class MetadataExtractorBench {
    /** CPU time of this thread: the machine is shared, so wall time would measure the neighbours. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MetadataExtractorBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> urls = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("pages.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            urls.add(f[0]);
            try (InputStream in = Files.newInputStream(folder.resolve(f[1]))) {
                bodies.add(f[1].endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes());
            }
        }
        PageDecoder decoder = new PageDecoder();
        MetadataExtractor extractor = new MetadataExtractor();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            docs.add(Jsoup.parse(decoder.decode(bodies.get(i), null).text(), urls.get(i)));
        }
        PrintStream out = System.out;
        for (int i = 0; i < docs.size(); i++) {
            PageMetadata m = extractor.extract(docs.get(i), urls.get(i));
            out.println(String.join("\t", urls.get(i), String.valueOf(m.title()), String.valueOf(m.publishedAt()),
                    String.valueOf(m.authors()), m.site(), String.valueOf(m.languageHint())));
        }
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            sink += timeDecode(decoder, bodies, 3) + timeMeta(extractor, docs, urls, 3) + timeParse(bodies, urls, 1);
        }
        long decodeNs = timeDecode(decoder, bodies, rounds);
        long metaNs = timeMeta(extractor, docs, urls, rounds);
        long parseNs = timeParse(bodies, urls, Math.max(1, rounds / 4));
        int pages = bodies.size();
        out.printf("pages=%d rounds=%d%n", pages, rounds);
        out.printf("decode:        %.3f ms/page, %,.0f pages/s%n", decodeNs / 1e6 / pages / rounds, 1e9 * pages * rounds / decodeNs);
        out.printf("metadata:      %.3f ms/page, %,.0f pages/s%n", metaNs / 1e6 / pages / rounds, 1e9 * pages * rounds / metaNs);
        double both = (double) decodeNs / rounds + (double) metaNs / rounds;
        out.printf("decode+meta:   %.3f ms/page, %,.0f pages/s%n", both / 1e6 / pages, 1e9 * pages / both);
        int pr = Math.max(1, rounds / 4);
        out.printf("jsoup parse:   %.3f ms/page, %,.0f pages/s (floor)%n", parseNs / 1e6 / pages / pr, 1e9 * pages * pr / parseNs);
        out.println("sink " + (sink & 1));
    }

    private static long timeDecode(PageDecoder decoder, List<byte[]> bodies, int rounds) {
        long t0 = CPU.getCurrentThreadCpuTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (byte[] b : bodies) {
                sink += decoder.decode(b, "text/html").text().length();
            }
        }
        return CPU.getCurrentThreadCpuTime() - t0 + (sink & 1);
    }

    private static long timeMeta(MetadataExtractor extractor, List<Document> docs, List<String> urls, int rounds) {
        long t0 = CPU.getCurrentThreadCpuTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                sink += extractor.extract(docs.get(i), urls.get(i)).authors().size();
            }
        }
        return CPU.getCurrentThreadCpuTime() - t0 + (sink & 1);
    }

    private static long timeParse(List<byte[]> bodies, List<String> urls, int rounds) {
        long t0 = CPU.getCurrentThreadCpuTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < bodies.size(); i++) {
                sink += Jsoup.parse(new String(bodies.get(i), StandardCharsets.UTF_8), urls.get(i)).childNodeSize();
            }
        }
        return CPU.getCurrentThreadCpuTime() - t0 + (sink & 1);
    }
}
