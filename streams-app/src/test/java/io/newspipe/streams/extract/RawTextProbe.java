package io.newspipe.streams.extract;

import java.io.CharArrayReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Measurement tool for {@link RawTextBodies}, not a unit test. {@code stats <folder>...} prints, over the pages,
 * how many were stripped, how many bytes were dropped, how often the stripped decode was refused and how
 * often the parse disproved the markers (a whole parse again). {@code time <passes> <folder>...} prints the CPU
 * µs per page (per-page best of the passes, one JVM) of the scan, of decode + parse of the whole page and of
 * decode + parse of the stripped page (the whole page where nothing is stripped), and the load average.
 * Folders as in {@link ExtractionAB}. Usage: {@code java -cp <test classpath> io.newspipe.streams.extract.RawTextProbe ...}.
 */
public final class RawTextProbe {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final PageDecoder DECODER = new PageDecoder();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private RawTextProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean stats = args[0].equals("stats");
        List<ExtractionAB.Page> pages = new ArrayList<>();
        for (int i = stats ? 1 : 2; i < args.length; i++) {
            pages.addAll(ExtractionAB.load(Path.of(args[i])));
        }
        if (stats) {
            stats(pages);
        } else {
            time(pages, Integer.parseInt(args[1]));
        }
    }

    private static void stats(List<ExtractionAB.Page> pages) {
        int stripped = 0, refused = 0, disproved = 0, bodies = 0;
        long bytes = 0, droppedBytes = 0;
        for (ExtractionAB.Page p : pages) {
            bytes += p.body().length;
            RawTextBodies.Stripped s = ArticleExtractor.strip(new PageInput(p.url(), p.body(), p.ct(), Instant.EPOCH));
            if (s == null) {
                continue;
            }
            stripped++;
            bodies += s.dropped();
            droppedBytes += p.body().length - s.length();
            PageDecoder.Chars d = EXTRACTOR.decodeStripped(new PageInput(p.url(), p.body(), p.ct(), Instant.EPOCH), s);
            if (d == null) {
                PageDecoder.Chars w = DECODER.decodeShared(s.bytes(), 0, s.length(), p.ct(), p.body(), p.body().length);
                System.out.println("refused: " + p.url() + " " + w.charset() + " mayHoldReplacement " + w.mayHoldReplacement()
                        + " high " + s.highBytes() + " length " + w.text().length());
                refused++;
                continue;
            }
            Document doc = Parser.htmlParser().parseInput(reader(d.text()), p.url());
            if (PageWalk.of(doc).scan().markers() != s.dropped()) {
                disproved++;
                System.out.println("disproved: " + p.url());
            }
        }
        System.out.printf(Locale.ROOT, "pages %d, stripped %d (%d bodies, %.1f %% of all bytes dropped), decode refused %d, disproved %d%n",
                pages.size(), stripped, bodies, 100.0 * droppedBytes / bytes, refused, disproved);
    }

    private static void time(List<ExtractionAB.Page> pages, int passes) {
        long[][] best = new long[3][pages.size()];
        for (long[] b : best) {
            Arrays.fill(b, Long.MAX_VALUE);
        }
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                ExtractionAB.Page p = pages.get(i);
                long t0 = CPU.getCurrentThreadCpuTime();
                RawTextBodies.Stripped s = ArticleExtractor.strip(new PageInput(p.url(), p.body(), p.ct(), Instant.EPOCH));
                long t1 = CPU.getCurrentThreadCpuTime();
                long whole = 0;
                if ((pass + i) % 2 == 0) {
                    sink += parse(DECODER.decodeShared(p.body(), 0, p.body().length, p.ct()), p.url());
                    whole = CPU.getCurrentThreadCpuTime() - t1;
                }
                long t2 = CPU.getCurrentThreadCpuTime();
                PageDecoder.Chars d = s == null ? null : EXTRACTOR.decodeStripped(new PageInput(p.url(), p.body(), p.ct(), Instant.EPOCH), s);
                sink += parse(d != null ? d : DECODER.decodeShared(p.body(), 0, p.body().length, p.ct()), p.url());
                long t3 = CPU.getCurrentThreadCpuTime();
                if ((pass + i) % 2 == 1) {
                    long t4 = CPU.getCurrentThreadCpuTime();
                    sink += parse(DECODER.decodeShared(p.body(), 0, p.body().length, p.ct()), p.url());
                    whole = CPU.getCurrentThreadCpuTime() - t4;
                }
                long t2w = t1 + whole;
                best[0][i] = Math.min(best[0][i], t1 - t0);
                best[1][i] = Math.min(best[1][i], t2w - t1);
                best[2][i] = Math.min(best[2][i], t3 - t2);
            }
        }
        double n = pages.size() * 1000.0;
        System.out.printf(Locale.ROOT, "load %.2f  scan %.1f  whole decode+parse %.1f  stripped decode+parse %.1f µs/page (best of %d, %d pages; %d)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Arrays.stream(best[0]).sum() / n,
                Arrays.stream(best[1]).sum() / n, Arrays.stream(best[2]).sum() / n, passes, pages.size(), sink);
    }

    private static int parse(PageDecoder.Chars d, String url) {
        return Parser.htmlParser().parseInput(reader(d.text()), url).childNodeSize();
    }

    private static Reader reader(CharSequence text) {
        if (text instanceof CharBuffer chars && chars.hasArray()) {
            return new CharArrayReader(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        }
        return new StringReader(text.toString());
    }
}
