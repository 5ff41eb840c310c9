package io.newspipe.streams.tag;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: compares two builds of the tagger (A, B: two {@code streams-app/target/classes} folders) in
 * one JVM and one thread, article by article, each build in its own class loader, which build goes first
 * alternating; before every call a buffer of {@code thrashMB} is walked (untimed) so that the call finds its
 * tables evicted from the caches, as when stages alternate page by page. On a shared, loaded machine the
 * two builds then suffer the same load, which separate runs do not. Prints the medians of the per-pass CPU
 * time per article of each and of the per-pass ratio B/A, and fails when any article's tags differ (unless
 * {@code -Dnewspipe.ab.differ=true}, for a build meant to tag differently: then it counts the articles that differ).
 * Texts as {@link TagCostSplit} reads them (the launcher's {@code TagIdentityDump texts <file>}). Usage:
 * {@code java -cp streams-app/target/test-classes io.newspipe.streams.tag.TaggerAB <classesA> <classesB>
 * <lib folder> <texts file> [passes] [thrashMB]}; the lib folder's jars (but streams-app's own) are on both.
 */
public final class TaggerAB {
    private static long sink;
    /** Whether B is meant to tag differently: differences are counted instead of failing the run. */
    private static final boolean MAY_DIFFER = Boolean.getBoolean("newspipe.ab.differ");
    private static int differing;

    private TaggerAB() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> texts = TagCostSplit.read(Path.of(args[3]));
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 9;
        long[] thrash = new long[(args.length > 5 ? Integer.parseInt(args[5]) : 8) * 131_072];
        Object[] taggers = new Object[2];
        Method[] tag = new Method[2];
        for (int s = 0; s < 2; s++) {
            Class<?> c = loader(Path.of(args[s]), Path.of(args[2])).loadClass("io.newspipe.streams.tag.ArticleTagger");
            taggers[s] = c.getConstructor().newInstance();
            tag[s] = c.getMethod("tag", String.class, String.class, String.class);
        }
        long[][] sums = new long[passes][];
        for (int p = -2; p < passes; p++) {
            long[] sum = pass(texts, Math.max(p, 0), taggers, tag, thrash);
            if (p >= 0) {
                sums[p] = sum;
            }
        }
        double n = texts.size() * 1000.0;
        System.out.printf(Locale.ROOT, "%d articles, %d passes, %d MB walked before each call: CPU us per article"
                + " A median %.1f, B median %.1f; B/A per pass median %.3f (range %.3f .. %.3f); %s%n",
                texts.size(), passes, thrash.length / 131_072, median(sums, 0) / n, median(sums, 1) / n,
                ratio(sums, passes / 2), ratio(sums, 0), ratio(sums, passes - 1),
                differing == 0 ? "tags identical" : "tags differ in " + differing + " article-passes");
    }

    /**
     * A class loader over one build's classes and the lib folder's jars but streams-app's own; also used by
     * {@link TagPartAB}.
     */
    static URLClassLoader loader(Path classes, Path lib) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().startsWith("streams-app")) {
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    /** CPU nanoseconds of A and B over every text; the build that goes first alternates by text and pass. */
    private static long[] pass(List<String[]> texts, int p, Object[] taggers, Method[] tag, long[] thrash)
            throws IllegalAccessException, InvocationTargetException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] sum = new long[2];
        for (int i = 0; i < texts.size(); i++) {
            String[] t = texts.get(i);
            String[] out = new String[2];
            for (int k = 0; k < 2; k++) {
                int s = (i + p + k) % 2;
                walk(thrash);
                long c0 = threads.getCurrentThreadCpuTime();
                out[s] = String.valueOf(tag[s].invoke(taggers[s], t[0], t[1], t[2]));
                sum[s] += threads.getCurrentThreadCpuTime() - c0;
            }
            if (!out[0].equals(out[1]) && MAY_DIFFER) {
                differing++;
            } else if (!out[0].equals(out[1])) {
                throw new IllegalStateException("tags differ at text " + i + ":\n" + out[0] + "\n" + out[1]);
            }
        }
        return sum;
    }

    /** Reads and writes every cache line of the buffer, evicting the taggers' tables. */
    private static void walk(long[] buffer) {
        for (int i = 0; i < buffer.length; i += 8) {
            buffer[i] += i;
            sink += buffer[i];
        }
    }

    private static double median(long[][] sums, int side) {
        long[] v = Arrays.stream(sums).mapToLong(s -> s[side]).sorted().toArray();
        return v[v.length / 2];
    }

    private static double ratio(long[][] sums, int rank) {
        double[] r = Arrays.stream(sums).mapToDouble(s -> s[1] / (double) s[0]).sorted().toArray();
        return r[rank];
    }
}
