package io.newspipe.streams.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Identity check and profiling loop for the extractor, not a unit test. {@code dump <out> <folder>...}
 * writes every field of every page's outcome (article fields or rejection reason and detail), one block
 * per page, so two builds' dumps can be compared with {@code cmp}; {@code loop <passes> <folder>...} runs
 * the extractor and the bare jsoup parse over the pages and prints the CPU µs per page of each and of the
 * extraction beyond the parse (what {@code ./newspipe bench} calls "extract (beyond the parse)").
 * A folder is either a page folder (contracts section 4, {@code pages.tsv}) or the demo site's
 * {@code manifest.tsv} folder (its HTML pages, URLs built as the bench builds them).
 * Usage: {@code java -cp <test classpath> io.newspipe.streams.extract.ExtractionDump dump|loop ...}.
 */
public final class ExtractionDump {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Instant FETCHED_AT = Instant.parse("2020-01-01T00:00:00Z");

    private record Page(String url, byte[] body, String contentType) {
    }

    private ExtractionDump() {
    }

    public static void main(String[] args) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            pages.addAll(load(Path.of(args[i])));
        }
        if (args[0].equals("dump")) {
            dump(pages, Path.of(args[1]));
        } else if (args[0].equals("post")) {
            post(pages, Integer.parseInt(args[1]));
        } else {
            loop(pages, Integer.parseInt(args[1]));
        }
    }

    private static void dump(List<Page> pages, Path out) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Page p : pages) {
                w.write("### " + p.url() + "\n");
                ExtractionOutcome o = extractor.extract(dumpInput(p));
                if (o instanceof Rejection r) {
                    w.write("rejection: " + r.reason() + " | " + r.detail() + "\n");
                    continue;
                }
                ExtractedArticle a = (ExtractedArticle) o;
                field(w, "canonical", a.declaredCanonicalUrl());
                field(w, "site", a.site());
                field(w, "title", a.title());
                field(w, "lead", a.lead());
                field(w, "text", a.bodyText());
                field(w, "html", a.bodyHtml());
                field(w, "authors", String.valueOf(a.authors()));
                field(w, "published", String.valueOf(a.publishedAt()));
                field(w, "modified", String.valueOf(a.modifiedAt()));
                field(w, "language", a.languageHint());
                field(w, "direction", a.textDirection());
                field(w, "image", a.imageUrl());
                field(w, "keywords", String.valueOf(a.siteKeywords()));
            }
        }
    }

    /**
     * The page as a whole array, or with {@code -Dslice=true} as a range in the middle of a larger array
     * (as the extract stage hands over a Kafka record's body): both must dump the same.
     */
    private static PageInput dumpInput(Page p) {
        if (!Boolean.getBoolean("slice")) {
            return new PageInput(p.url(), p.body(), p.contentType(), FETCHED_AT);
        }
        byte[] larger = new byte[p.body().length + 40];
        java.util.Arrays.fill(larger, (byte) 0xFF);
        System.arraycopy(p.body(), 0, larger, 17, p.body().length);
        return new PageInput(p.url(), larger, 17, p.body().length, p.contentType(), FETCHED_AT);
    }

    private static void field(Writer w, String name, String value) throws IOException {
        w.write(name + ": " + (value == null ? "<null>" : value.replace("\\", "\\\\").replace("\n", "\\n")) + "\n");
    }

    /**
     * The extraction's own work after the parse, and the decode before it, each page timed alone (thread CPU
     * time) and kept at its fastest over the passes: per-page minima shrug off the load of a shared machine.
     */
    private static void post(List<Page> pages, int passes) {
        ArticleExtractor extractor = new ArticleExtractor();
        PageDecoder decoder = new PageDecoder();
        List<org.jsoup.nodes.Document> docs = new ArrayList<>();
        List<PageInput> inputs = new ArrayList<>();
        for (Page p : pages) {
            inputs.add(new PageInput(p.url(), p.body(), p.contentType(), FETCHED_AT));
            docs.add(Jsoup.parse(decoder.decode(p.body(), p.contentType()).text(), p.url()));
        }
        long[] decode = new long[pages.size()];
        long[] after = new long[pages.size()];
        java.util.Arrays.fill(decode, Long.MAX_VALUE);
        java.util.Arrays.fill(after, Long.MAX_VALUE);
        int sink = 0;
        for (int pass = 0; pass <= passes; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                sink += decoder.decodeShared(pages.get(i).body(), pages.get(i).contentType()).text().length() & 1;
                long t1 = CPU.getCurrentThreadCpuTime();
                sink += extractor.fromDocument(inputs.get(i), docs.get(i)).hashCode() & 1;
                long t2 = CPU.getCurrentThreadCpuTime();
                if (pass > 0) {
                    decode[i] = Math.min(decode[i], t1 - t0);
                    after[i] = Math.min(after[i], t2 - t1);
                }
            }
        }
        double n = pages.size() * 1000.0;
        long d = java.util.Arrays.stream(decode).sum();
        long a = java.util.Arrays.stream(after).sum();
        System.out.printf(Locale.ROOT, "pages %d  decode %.1f  after-parse %.1f  sum %.1f  (µs/page, per-page best of %d; %d)%n",
                pages.size(), d / n, a / n, (d + a) / n, passes, sink);
    }

    private static void loop(List<Page> pages, int passes) {
        ArticleExtractor extractor = new ArticleExtractor();
        long bestExtract = Long.MAX_VALUE;
        long bestParse = Long.MAX_VALUE;
        int sink = 0;
        for (int pass = 0; pass <= passes; pass++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (Page p : pages) {
                sink += parse(p).childNodeSize();
            }
            long t1 = CPU.getCurrentThreadCpuTime();
            for (Page p : pages) {
                sink += extractor.extract(new PageInput(p.url(), p.body(), p.contentType(), FETCHED_AT)).hashCode() & 1;
            }
            long t2 = CPU.getCurrentThreadCpuTime();
            if (pass > 0) {
                bestParse = Math.min(bestParse, t1 - t0);
                bestExtract = Math.min(bestExtract, t2 - t1);
            }
        }
        double n = pages.size() * 1000.0;
        System.out.printf(Locale.ROOT, "pages %d  parse %.1f  extract %.1f  beyond %.1f  (µs/page, best of %d; %d)%n",
                pages.size(), bestParse / n, bestExtract / n, (bestExtract - bestParse) / n, passes, sink);
    }

    /** The bench's parse floor: jsoup sniffing the charset from the bytes. */
    private static org.jsoup.nodes.Document parse(Page p) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(p.body()), null, p.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Page> load(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        boolean demo = Files.isRegularFile(folder.resolve("manifest.tsv"));
        Path index = folder.resolve(demo ? "manifest.tsv" : "pages.tsv");
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (demo) {
                if (f.length >= 6 && f[5].toLowerCase(Locale.ROOT).endsWith(".html")) {
                    pages.add(new Page("https://" + f[0] + ".example" + f[1], read(folder.resolve(f[5])), f[4]));
                }
            } else {
                pages.add(new Page(f[0], read(folder.resolve(f[1])), f.length > 3 && !f[3].isEmpty() ? f[3] : null));
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
