package io.newspipe.streams.tag;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: the language and keyword steps of two builds (A, B: two {@code streams-app/target/classes}
 * folders) in one JVM and one thread, article by article, which build goes first alternating, a buffer of
 * {@code thrashMB} walked (untimed) before each step, as {@link TaggerAB} does for the whole tagger: a change to
 * these two steps alone is a few percent of the tagger, below what {@link TaggerAB} resolves on a loaded machine.
 * Each build tokenises the texts once (untimed); the keyword step gets the language its own build found. Prints the
 * per-pass medians (and best passes) of each step, CPU µs per article, and fails when a language or a keyword
 * list differs. Usage: {@code java -cp streams-app/target/test-classes io.newspipe.streams.tag.TagPartAB
 * <classesA> <classesB> <lib folder> <texts file> [passes] [thrashMB]}.
 */
public final class TagPartAB {
    private static long sink;

    private TagPartAB() {
    }

    /** One build's two steps, reached by reflection in its own class loader. */
    private record Build(Object languages, Method identify, Method code, Object keywords, Method extract,
            List<Object[]> texts) {
        static Build load(Path classes, Path lib, List<String[]> texts) throws Exception {
            ClassLoader loader = TaggerAB.loader(classes, lib);
            Class<?> resources = loader.loadClass("io.newspipe.streams.tag.TaggerResources");
            Class<?> settings = loader.loadClass("io.newspipe.streams.tag.TaggerSettings");
            Class<?> stopwords = loader.loadClass("io.newspipe.streams.tag.Stopwords");
            Class<?> tokenized = loader.loadClass("io.newspipe.streams.tag.TokenizedText");
            Class<?> identifier = loader.loadClass("io.newspipe.streams.tag.LanguageIdentifier");
            Class<?> extractor = loader.loadClass("io.newspipe.streams.tag.KeywordExtractor");
            Object shared = resources.getMethod("shared").invoke(null);
            Object defaults = settings.getMethod("defaults").invoke(null);
            int maxChars = (int) settings.getMethod("maxTextChars").invoke(defaults);
            Object languages = identifier.getConstructor(settings, stopwords)
                    .newInstance(defaults, resources.getMethod("stopwords").invoke(shared));
            Object keywords = extractor.getConstructor(stopwords, settings)
                    .newInstance(resources.getMethod("keywordStopwords").invoke(shared), defaults);
            Method identify = identifier.getDeclaredMethod("identify", String.class, String.class, String.class,
                    tokenized, tokenized);
            identify.setAccessible(true);
            Method of = tokenized.getMethod("of", String.class);
            List<Object[]> split = new java.util.ArrayList<>(texts.size());
            for (String[] t : texts) {
                String body = t[1] == null || t[1].length() <= maxChars ? t[1] : t[1].substring(0, maxChars);
                split.add(new Object[] {of.invoke(null, t[0]), of.invoke(null, body)});
            }
            return new Build(languages, identify,
                    loader.loadClass("io.newspipe.streams.tag.DetectedLanguage").getMethod("code"), keywords,
                    extractor.getMethod("extract", String.class, tokenized, tokenized), split);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String[]> texts = TagCostSplit.read(Path.of(args[3]));
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        long[] thrash = new long[(args.length > 5 ? Integer.parseInt(args[5]) : 8) * 131_072];
        Build[] builds = {Build.load(Path.of(args[0]), Path.of(args[2]), texts),
            Build.load(Path.of(args[1]), Path.of(args[2]), texts)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] language = new double[2][passes];
        double[][] keywords = new double[2][passes];
        for (int p = -3; p < passes; p++) {
            long[][] nanos = new long[2][2];
            for (int i = 0; i < texts.size(); i++) {
                String[] t = texts.get(i);
                Object[][] out = new Object[2][];
                for (int k = 0; k < 2; k++) {
                    int s = (i + Math.max(p, 0)) % 2 == 0 ? k : 1 - k;
                    Build b = builds[s];
                    Object[] split = b.texts().get(i);
                    walk(thrash);
                    long c0 = threads.getCurrentThreadCpuTime();
                    Object detected = b.identify().invoke(b.languages(), t[0], t[1], t[2], split[0], split[1]);
                    long c1 = threads.getCurrentThreadCpuTime();
                    String code = (String) b.code().invoke(detected);
                    walk(thrash);
                    long c2 = threads.getCurrentThreadCpuTime();
                    Object words = b.extract().invoke(b.keywords(), code, split[0], split[1]);
                    long c3 = threads.getCurrentThreadCpuTime();
                    nanos[s][0] += c1 - c0;
                    nanos[s][1] += c3 - c2;
                    out[s] = new Object[] {code, words};
                }
                if (!Arrays.equals(out[0], out[1])) {
                    throw new AssertionError("article " + i + ": " + Arrays.toString(out[0]) + " / "
                            + Arrays.toString(out[1]));
                }
            }
            for (int s = 0; p >= 0 && s < 2; s++) {
                language[s][p] = nanos[s][0] / 1000.0 / texts.size();
                keywords[s][p] = nanos[s][1] / 1000.0 / texts.size();
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d passes, %d MB walked before each step; CPU us per article:%n",
                texts.size(), passes, thrash.length / 131_072);
        report("language", language);
        report("keywords", keywords);
        System.out.println("languages and keywords identical");
    }

    private static void report(String step, double[][] us) {
        double[] ratio = new double[us[0].length];
        for (int p = 0; p < ratio.length; p++) {
            ratio[p] = us[1][p] / us[0][p];
        }
        System.out.printf(Locale.ROOT, "%-8s A median %.1f (best %.1f), B median %.1f (best %.1f); B/A per pass median"
                + " %.3f%n", step, median(us[0]), min(us[0]), median(us[1]), min(us[1]), median(ratio));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static void walk(long[] buffer) {
        for (int i = 0; i < buffer.length; i += 8) {
            buffer[i] += i;
            sink += buffer[i];
        }
    }
}
