package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import java.io.IOException;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: compares two builds of the dedup path (A, B: two repository roots, each built with
 * {@code package}) in one JVM and one thread, candidate by candidate over the 227 bench pages' candidates,
 * each build in its own class loader ({@link DedupABSide} over that tree's {@code streams-app}, {@code schemas}
 * and {@code launcher} classes), which build goes first alternating; before every candidate a buffer of
 * {@code thrashMB} is walked (untimed), as when stages alternate page by page. On a shared, loaded machine the
 * two builds then suffer the same load, which separate runs do not. Prints, per part (candidate encode,
 * decode, dedup, output encode) and in all, the medians over passes of the CPU µs per candidate of A and B and
 * of the per-pass ratio B/A, and the bytes the dedup part allocates per candidate (which load does not
 * change); fails when any output's bytes differ. Usage, from the repository root after
 * {@code mvn -q -pl launcher test-compile}: {@code java -Dnewspipe.shared=/work/shared -cp
 * "launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*" io.newspipe.bench.DedupAB
 * <treeA> <treeB> [passes] [thrashMB]}; the lib folder's jars (but the project's own) are on both.
 */
public final class DedupAB {
    private static final String[] PARTS = {"encode", "decode", "dedup", "out"};
    private static long sink;

    private DedupAB() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(RawRecords.FETCHED_AT, ZoneOffset.UTC);
        AvroSerde<Article> serde = NewsSerdes.article();
        List<byte[]> candidates = OfflinePages.candidates(OfflinePages.pages(), clock).stream().map(serde::encode)
                .toList();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        long[] thrash = new long[(args.length > 3 ? Integer.parseInt(args[3]) : 4) * 131_072];
        Path lib = Path.of("launcher/target/lib");
        Path side = Path.of("launcher/target/test-classes");
        Side[] sides = {new Side(Path.of(args[0]), lib, side, candidates), new Side(Path.of(args[1]), lib, side,
                candidates)};
        long[][][] sums = new long[passes][][];
        for (int p = -3; p < passes; p++) {
            long[][] sum = pass(sides, candidates.size(), Math.max(p, 0), thrash);
            if (p >= 0) {
                sums[p] = sum;
            }
        }
        double n = candidates.size() * 1000.0;
        System.out.printf(Locale.ROOT, "%d candidates, %d passes, %d MB walked before each: CPU us per candidate,"
                + " medians over passes; outputs identical%n", candidates.size(), passes, thrash.length / 131_072);
        for (int part = 0; part <= PARTS.length; part++) {
            String name = part == PARTS.length ? "all" : PARTS[part];
            System.out.printf(Locale.ROOT, "  %-7s A %7.1f  B %7.1f  B/A %.3f (range %.3f .. %.3f)%n", name,
                    median(sums, 0, part) / n, median(sums, 1, part) / n, ratio(sums, part, passes / 2),
                    ratio(sums, part, 0), ratio(sums, part, passes - 1));
        }
        System.out.printf(Locale.ROOT, "  dedup allocates A %.0f  B %.0f bytes per candidate (median pass)%n",
                median(sums, 0, PARTS.length + 1) / candidates.size(), median(sums, 1, PARTS.length + 1)
                        / candidates.size());
    }

    /**
     * CPU nanoseconds of A and B per part and of all parts over every candidate, then the bytes the dedup
     * part allocated (read around its timing, so the same for both builds' timing).
     */
    private static long[][] pass(Side[] sides, int count, int p, long[] thrash) throws ReflectiveOperationException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[][] sum = new long[2][PARTS.length + 2];
        for (Side s : sides) {
            s.reset.invoke(s.instance);
        }
        for (int i = 0; i < count; i++) {
            byte[][] out = new byte[2][];
            for (int k = 0; k < 2; k++) {
                int s = (i + p + k) % 2;
                Side side = sides[s];
                walk(thrash);
                long c0 = threads.getCurrentThreadCpuTime();
                side.encode.invoke(side.instance, i);
                long c1 = threads.getCurrentThreadCpuTime();
                side.decode.invoke(side.instance);
                long c2 = threads.getCurrentThreadCpuTime();
                long a2 = threads.getCurrentThreadAllocatedBytes();
                long c2b = threads.getCurrentThreadCpuTime();
                side.dedup.invoke(side.instance);
                long c3 = threads.getCurrentThreadCpuTime();
                long a3 = threads.getCurrentThreadAllocatedBytes();
                long c3b = threads.getCurrentThreadCpuTime();
                out[s] = (byte[]) side.out.invoke(side.instance);
                long c4 = threads.getCurrentThreadCpuTime();
                // the allocation counter is read outside the timed parts
                long[] t = {c1 - c0, c2 - c1, c3 - c2b, c4 - c3b, 0, a3 - a2};
                t[4] = t[0] + t[1] + t[2] + t[3];
                for (int part = 0; part < t.length; part++) {
                    sum[s][part] += t[part];
                }
            }
            if (!Arrays.equals(out[0], out[1])) {
                throw new IllegalStateException("outputs differ at candidate " + i + " in pass " + p);
            }
        }
        return sum;
    }

    /** One build: its side instance and the four part methods. */
    private static final class Side {
        final Object instance;
        final Method reset;
        final Method encode;
        final Method decode;
        final Method dedup;
        final Method out;

        Side(Path tree, Path lib, Path sideClasses, List<byte[]> candidates) throws Exception {
            Class<?> c = loader(tree, lib, sideClasses).loadClass(DedupABSide.class.getName());
            instance = c.getConstructor(List.class).newInstance(candidates);
            reset = c.getMethod("reset");
            encode = c.getMethod("encodeCandidate", int.class);
            decode = c.getMethod("decodeCandidate");
            dedup = c.getMethod("dedup");
            out = c.getMethod("encodeOutput");
        }
    }

    /** A class loader over one tree's project classes, the side class and the lib folder's other jars. */
    private static URLClassLoader loader(Path tree, Path lib, Path sideClasses) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String module : List.of("streams-app", "schemas", "launcher")) {
            urls.add(tree.resolve(module).resolve("target/classes").toUri().toURL());
        }
        urls.add(sideClasses.toUri().toURL());
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("streams-app") && !name.startsWith("schemas") && !name.startsWith("launcher")) {
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    /** Reads and writes every cache line of the buffer. */
    private static void walk(long[] buffer) {
        for (int i = 0; i < buffer.length; i += 8) {
            buffer[i] += i;
            sink += buffer[i];
        }
    }

    private static double median(long[][][] sums, int side, int part) {
        long[] v = Arrays.stream(sums).mapToLong(s -> s[side][part]).sorted().toArray();
        return v[v.length / 2];
    }

    private static double ratio(long[][][] sums, int part, int rank) {
        double[] r = Arrays.stream(sums).mapToDouble(s -> s[1][part] / (double) s[0][part]).sorted().toArray();
        return r[rank];
    }
}
