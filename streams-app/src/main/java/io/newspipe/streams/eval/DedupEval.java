package io.newspipe.streams.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.Fingerprint;
import io.newspipe.streams.dedup.MinHashSignature;
import io.newspipe.streams.dedup.NearDuplicateIndex;
import io.newspipe.streams.dedup.Similarity;
import io.newspipe.streams.dedup.TextFingerprinter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code ./newspipe eval dedup [--corpus original|realistic|all|file.jsonl]}: scores near-duplicate
 * detection on labelled corpora (default: both the bundled self-written one, resource
 * {@value #CORPUS_RESOURCE}, and the realistic one, {@link DedupEvalRealisticCorpus}). For each pair, {@code a} is
 * indexed in a fresh {@link NearDuplicateIndex} and {@code b} looked up, exactly as the stage does (LSH
 * candidates, then the duplicate rule); prints pairwise precision, recall and F1 overall, by kind and by
 * language, and the state bytes per article ({@link DedupStateCodec}). Stateless; thread-safe.
 */
public final class DedupEval {
    public static final String CORPUS_RESOURCE = DedupEvalCorpusGenerator.RESOURCE_DIR + "corpus.jsonl";
    /** {@code --corpus} value of the bundled self-written corpus. */
    public static final String ORIGINAL = "original";
    /** {@code --corpus} value of the realistic corpus ({@link DedupEvalRealisticCorpus}). */
    public static final String REALISTIC = "realistic";
    /** {@code --corpus} value of both (the default). */
    public static final String ALL = "all";
    private static final long EVENT_TIME = 1_764_374_400_000L;

    private DedupEval() {
    }

    /** Pair counts of one group. */
    public record Score(int tp, int fp, int fn, int tn) {
        /** These counts plus one pair. */
        public Score add(boolean label, boolean predicted) {
            return new Score(tp + (label && predicted ? 1 : 0), fp + (!label && predicted ? 1 : 0),
                    fn + (label && !predicted ? 1 : 0), tn + (!label && !predicted ? 1 : 0));
        }

        public double precision() {
            return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }
    }

    /** The outcome of one evaluation run. */
    public record Report(Score overall, Map<String, Score> byKind, Map<String, Score> byLanguage,
                         double meanStateBytes, int maxStateBytes, List<String> errors) {
    }

    /** Loads the bundled corpus. */
    public static List<DedupEvalPair> bundledCorpus() {
        try (InputStream in = DedupEval.class.getResourceAsStream(CORPUS_RESOURCE)) {
            return read(Objects.requireNonNull(in, "bundled corpus " + CORPUS_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a corpus file (JSON lines: id, lang, a, b, label, kind). */
    public static List<DedupEvalPair> load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static List<DedupEvalPair> read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<DedupEvalPair> pairs = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = mapper.readTree(line);
            pairs.add(new DedupEvalPair(n.path("id").asText(), n.path("lang").asText(), n.path("a").asText(),
                    n.path("b").asText(), n.path("label").asInt(), n.path("kind").asText(),
                    n.path("same_url").asBoolean(false)));
        }
        return pairs;
    }

    /** Scores {@code corpus} with {@code config}. */
    public static Report evaluate(List<DedupEvalPair> corpus, DedupConfig config) {
        TextFingerprinter fingerprinter = new TextFingerprinter(config);
        DedupStateCodec codec = new DedupStateCodec(config);
        Score overall = new Score(0, 0, 0, 0);
        Map<String, Score> byKind = new TreeMap<>();
        Map<String, Score> byLanguage = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        long stateBytes = 0;
        int maxState = 0;
        for (DedupEvalPair pair : corpus) {
            Fingerprint a = fingerprinter.fingerprint(pair.a());
            NearDuplicateIndex index = new NearDuplicateIndex(config);
            index.add("a", EVENT_TIME, a);
            boolean predicted = index.findDuplicate(fingerprinter.fingerprint(pair.b())).isPresent();
            boolean label = pair.label() == 1;
            overall = overall.add(label, predicted);
            byKind.merge(pair.kind(), new Score(0, 0, 0, 0).add(label, predicted), DedupEval::sum);
            byLanguage.merge(pair.lang(), new Score(0, 0, 0, 0).add(label, predicted), DedupEval::sum);
            if (label != predicted) {
                errors.add(String.format(Locale.ROOT, "%s %s (J %.2f, containment %.2f)",
                        label ? "missed   " : "false dup", pair.id(), Similarity.jaccard(a.signature(), bSignature(fingerprinter, pair)),
                        Similarity.containment(a.signature(), bSignature(fingerprinter, pair))));
            }
            int bytes = codec.bytesPerArticle(ArticleState.first(EVENT_TIME, a, DedupEvalUrls.of(pair)));
            stateBytes += bytes;
            maxState = Math.max(maxState, bytes);
        }
        return new Report(overall, byKind, byLanguage, corpus.isEmpty() ? 0 : stateBytes / (double) corpus.size(),
                maxState, errors);
    }

    private static MinHashSignature bSignature(TextFingerprinter fingerprinter, DedupEvalPair pair) {
        return fingerprinter.fingerprint(pair.b()).signature();
    }

    private static Score sum(Score x, Score y) {
        return new Score(x.tp() + y.tp(), x.fp() + y.fp(), x.fn() + y.fn(), x.tn() + y.tn());
    }

    /** Runs the evaluation and prints the report; returns the process exit code. */
    public static int run(List<String> args, PrintStream out) throws IOException {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        String corpusName = ALL;
        boolean sweep = false;
        for (int i = 0; i < args.size(); i++) {
            if ("--corpus".equals(args.get(i)) && i + 1 < args.size()) {
                corpusName = args.get(++i);
            } else if ("--sweep".equals(args.get(i))) {
                sweep = true;
            } else {
                out.println("usage: newspipe eval dedup [--corpus original|realistic|all|file.jsonl] [--sweep]");
                return 2;
            }
        }
        for (Map.Entry<String, List<DedupEvalPair>> corpus : corpora(corpusName).entrySet()) {
            runOne(corpus.getKey(), corpus.getValue(), sweep, out);
        }
        return 0;
    }

    /**
     * The corpora a {@code --corpus} value names: {@value #ORIGINAL} (the bundled self-written corpus),
     * {@value #REALISTIC} ({@link DedupEvalRealisticCorpus}), {@value #ALL} (both), or a JSON-lines file.
     */
    public static Map<String, List<DedupEvalPair>> corpora(String name) throws IOException {
        Objects.requireNonNull(name, "name");
        Map<String, List<DedupEvalPair>> out = new LinkedHashMap<>();
        if (ORIGINAL.equals(name) || ALL.equals(name)) {
            out.put("original (bundled " + CORPUS_RESOURCE + ")", bundledCorpus());
        }
        if (REALISTIC.equals(name) || ALL.equals(name)) {
            out.put("realistic (generated from " + DedupEvalRealisticCorpus.DIR + ")", DedupEvalRealisticCorpus.generate());
        }
        if (out.isEmpty()) {
            out.put(name, load(Path.of(name)));
        }
        return out;
    }

    private static void runOne(String source, List<DedupEvalPair> corpus, boolean sweep, PrintStream out) {
        DedupConfig config = DedupConfig.defaults();
        long positives = corpus.stream().filter(p -> p.label() == 1).count();
        out.printf(Locale.ROOT, "Dedup evaluation: %s, %d pairs (%d duplicates, %d distinct)%n", source,
                corpus.size(), positives, corpus.size() - positives);
        out.printf(Locale.ROOT, "config: %s%n", config);
        long start = System.nanoTime();
        Report report = evaluate(corpus, config);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(report, out);
        out.printf(Locale.ROOT, "evaluated in %.2f s%n%n", seconds);
        if (sweep) {
            sweep(corpus, out);
        }
    }

    static void print(Report report, PrintStream out) {
        out.println(row("overall", report.overall()));
        out.println("by kind:");
        report.byKind().forEach((k, s) -> out.println(row("  " + k, s)));
        out.println("by language:");
        report.byLanguage().forEach((k, s) -> out.println(row("  " + k, s)));
        out.printf(Locale.ROOT, "state bytes per article: mean %.1f, max %d (target < 512)%n",
                report.meanStateBytes(), report.maxStateBytes());
        if (!report.errors().isEmpty()) {
            out.println("errors:");
            report.errors().forEach(e -> out.println("  " + e));
        }
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "%-22s P %s  R %s  F1 %s   tp %3d fp %3d fn %3d tn %3d", name,
                fmt(s.precision()), fmt(s.recall()), fmt(s.f1()), s.tp(), s.fp(), s.fn(), s.tn());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "  n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Alternative configurations side by side, for choosing the defaults. */
    private static void sweep(List<DedupEvalPair> corpus, PrintStream out) {
        DedupConfig d = DedupConfig.defaults();
        Map<String, DedupConfig> variants = new TreeMap<>();
        for (double j : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            variants.put(String.format(Locale.ROOT, "J>=%.1f containment>=0.8", j), d.withThresholds(j, 0.8));
            variants.put(String.format(Locale.ROOT, "J>=%.1f no containment", j), d.withThresholds(j, 1.0));
        }
        variants.put("16-bit signature", d.withSignatureBits(16));
        variants.put("32-bit signature", d.withSignatureBits(32));
        variants.put("12 bands x 2 rows", d.withBanding(12, 2));
        variants.put("16 bands x 4 rows", d.withBanding(16, 4));
        variants.put("16 bands x 2 rows", d.withBanding(16, 2));
        variants.put("32 bands x 2 rows", d.withBanding(32, 2));
        printMargins(corpus, d, out);
        DedupEvalSimHash simHash = new DedupEvalSimHash(new TextFingerprinter(d));
        int[] distances = {3, 6, 9, 12, 15};
        List<Score> simScores = simHash.score(corpus, distances);
        for (int i = 0; i < distances.length; i++) {
            out.printf(Locale.ROOT, "  %-30s %s%n", "SimHash-64 hamming<=" + distances[i],
                    row("", simScores.get(i)).strip());
        }
        out.println("sweep (MinHash):");
        Function<Report, String> line = r -> row("", r.overall()).strip()
                + String.format(Locale.ROOT, "  state %.0f B", r.meanStateBytes());
        variants.forEach((name, config) -> out.printf(Locale.ROOT, "  %-30s %s%n", name,
                line.apply(evaluate(corpus, config))));
    }

    /** The closest distinct pair and the least similar duplicate pair, by estimated Jaccard. */
    private static void printMargins(List<DedupEvalPair> corpus, DedupConfig config, PrintStream out) {
        TextFingerprinter f = new TextFingerprinter(config);
        double maxDistinct = -1;
        double minDuplicate = 2;
        String maxId = "";
        String minId = "";
        for (DedupEvalPair pair : corpus) {
            double j = Similarity.jaccard(f.fingerprint(pair.a()).signature(), f.fingerprint(pair.b()).signature());
            if (pair.label() == 0 && j > maxDistinct) {
                maxDistinct = j;
                maxId = pair.id();
            } else if (pair.label() == 1 && j < minDuplicate) {
                minDuplicate = j;
                minId = pair.id();
            }
        }
        out.printf(Locale.ROOT, "margin: most similar distinct pair J=%.3f (%s); least similar duplicate J=%.3f (%s)%n",
                maxDistinct, maxId, minDuplicate, minId);
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(Arrays.asList(args), System.out));
    }
}
