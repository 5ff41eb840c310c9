package io.newspipe.streams.extract;

import java.io.*;
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Same-JVM A/B of two builds of the extractor, not a unit test: each build's classes (a {@code target/classes}
 * folder holding {@code io.newspipe.streams.extract}) get their own class loader over the shared jsoup, and
 * every page is run by both builds in turn (order alternating), keeping each page's best thread CPU time over
 * the passes. On a shared machine this tells a 10 µs change apart where alternating bench runs cannot.
 * Modes: {@code hot} (the work after the parse on a page parsed just before, as in the pipeline),
 * {@code cold} (the same on pages parsed long before), {@code full} ({@code extract}: decode, parse and
 * the rest), {@code decode} ({@code PageDecoder.decodeShared}). Folders as for {@link ExtractionDump}.
 * Usage: {@code java -cp <test classpath without streams-app/target/classes> io.newspipe.streams.extract.ExtractionAB
 * <mode> <passes> <base classes> <new classes> <folder>...}.
 */
public final class ExtractionAB {
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    record Page(String url, byte[] body, String ct) {}
    static class Variant {
        final String name; final Object extractor; final Method from; final Method extract; final Constructor<?> input; final Object decoder; final Method decode; final Method decodeShared;
        Variant(String name, String classes) throws Exception {
            this.name = name;
            ClassLoader l = new URLClassLoader(new URL[] {Path.of(classes).toUri().toURL()}, ExtractionAB.class.getClassLoader());
            Class<?> ae = l.loadClass("io.newspipe.streams.extract.ArticleExtractor");
            Class<?> pi = l.loadClass("io.newspipe.streams.extract.PageInput");
            extractor = ae.getConstructor().newInstance();
            from = ae.getDeclaredMethod("fromDocument", pi, Document.class); from.setAccessible(true);
            extract = ae.getMethod("extract", pi);
            input = pi.getConstructor(String.class, byte[].class, String.class, Instant.class);
            Class<?> pd = l.loadClass("io.newspipe.streams.extract.PageDecoder");
            decoder = pd.getConstructor().newInstance();
            decode = pd.getMethod("decode", byte[].class, String.class);
            decodeShared = pd.getDeclaredMethod("decodeShared", byte[].class, String.class); decodeShared.setAccessible(true);
        }
    }
    public static void main(String[] a) throws Exception {
        String mode = a[0]; int passes = Integer.parseInt(a[1]);
        Variant[] v = {new Variant("base", a[2]), new Variant("new", a[3])};
        List<Page> pages = new ArrayList<>();
        for (int i = 4; i < a.length; i++) pages.addAll(load(Path.of(a[i])));
        Instant at = Instant.parse("2020-01-01T00:00:00Z");
        Object[][] inputs = new Object[2][pages.size()];
        String[] texts = new String[pages.size()];
        for (int k = 0; k < 2; k++) for (int i = 0; i < pages.size(); i++) inputs[k][i] = v[k].input.newInstance(pages.get(i).url(), pages.get(i).body(), pages.get(i).ct(), at);
        for (int i = 0; i < pages.size(); i++) { Object d = v[0].decode.invoke(v[0].decoder, pages.get(i).body(), pages.get(i).ct()); texts[i] = (String) d.getClass().getMethod("text").invoke(d); }
        long[][] best = new long[2][pages.size()];
        for (long[] b : best) Arrays.fill(b, Long.MAX_VALUE);
        int sink = 0;
        Document[] cold = null;
        if (mode.equals("cold")) { cold = new Document[pages.size()]; for (int i = 0; i < pages.size(); i++) cold[i] = Jsoup.parse(texts[i], pages.get(i).url()); }
        for (int pass = 0; pass <= passes; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                for (int j = 0; j < 2; j++) {
                    int k = (pass + i + j) % 2;
                    long t;
                    if (mode.equals("decode")) {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        Object chars = v[k].decodeShared.invoke(v[k].decoder, pages.get(i).body(), pages.get(i).ct());
                        sink += System.identityHashCode(chars) & 1;
                        t = CPU.getCurrentThreadCpuTime() - t0;
                    } else if (mode.equals("full")) {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        sink += v[k].extract.invoke(v[k].extractor, inputs[k][i]).hashCode() & 1;
                        t = CPU.getCurrentThreadCpuTime() - t0;
                    } else {
                        Document doc = cold != null ? cold[i] : Jsoup.parse(texts[i], pages.get(i).url());
                        long t0 = CPU.getCurrentThreadCpuTime();
                        sink += v[k].from.invoke(v[k].extractor, inputs[k][i], doc).hashCode() & 1;
                        t = CPU.getCurrentThreadCpuTime() - t0;
                    }
                    if (pass > 0) best[k][i] = Math.min(best[k][i], t);
                }
            }
        }
        double n = pages.size() * 1000.0;
        double b0 = Arrays.stream(best[0]).sum() / n, b1 = Arrays.stream(best[1]).sum() / n;
        System.out.printf(Locale.ROOT, "%s  load %.2f  base %.1f  new %.1f  diff %.1f µs/page (per-page best of %d; %d)%n",
                mode, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), b0, b1, b1 - b0, passes, sink);
    }
    static List<Page> load(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        boolean demo = Files.isRegularFile(folder.resolve("manifest.tsv"));
        for (String line : Files.readAllLines(folder.resolve(demo ? "manifest.tsv" : "pages.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (demo) { if (f.length >= 6 && f[5].toLowerCase(Locale.ROOT).endsWith(".html")) pages.add(new Page("https://" + f[0] + ".example" + f[1], read(folder.resolve(f[5])), f[4])); }
            else pages.add(new Page(f[0], read(folder.resolve(f[1])), f.length > 3 && !f[3].isEmpty() ? f[3] : null));
        }
        return pages;
    }
    static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) { return file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes(); }
    }
}
