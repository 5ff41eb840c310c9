package io.newspipe.streams.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.eval.DedupEval.Score;
import io.newspipe.streams.process.FolderProcessor;
import io.newspipe.streams.process.ProcessSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The dedup corpus through {@code ./newspipe process}: every pair becomes two HTML pages in one page
 * folder (a, then b), the whole topology runs over it, and a pair counts as predicted duplicate when
 * its two pages end in the same cluster of duplicate notices; a same-URL revision pair ({@link
 * DedupEvalPair#sameUrl()}) puts both pages at one URL and counts as predicted when the second page
 * yields a revision or a notice rather than a new article. This measures what users get from the
 * live code path (extraction, URL handling, state stores), not only the fingerprint. Not thread-safe.
 */
public final class DedupProcessEval {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    /** Result of one run. */
    public record Report(Score overall, Map<String, Score> byKind, Map<String, Score> byLanguage,
            ProcessSummary summary, List<String> errors) {
    }

    /** Runs the corpus through the topology in a temporary folder. */
    public Report evaluate(List<DedupEvalPair> corpus, StreamsAppConfig config) throws IOException {
        Objects.requireNonNull(corpus, "corpus");
        Path folder = Files.createTempDirectory("newspipe-dedup-eval");
        Path out = folder.resolve("out.jsonl");
        writeFolder(corpus, folder);
        ProcessSummary summary = new FolderProcessor(config).run(folder, out);
        Outcomes outcomes = outcomes(out);
        Map<String, String> parent = outcomes.parent();
        List<String> errors = new ArrayList<>();
        Score overall = new Score(0, 0, 0, 0);
        Map<String, Score> byKind = new TreeMap<>();
        Map<String, Score> byLanguage = new TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            DedupEvalPair pair = corpus.get(i);
            boolean predicted = pair.sameUrl() ? outcomes.secondIsNotNew().getOrDefault(urlA(i), false)
                    : find(parent, urlA(i)).equals(find(parent, urlB(i)));
            boolean label = pair.label() == 1;
            if (label != predicted) {
                errors.add((label ? "missed    " : "false dup ") + pair.id());
            }
            overall = overall.add(label, predicted);
            byKind.merge(pair.kind(), new Score(0, 0, 0, 0).add(label, predicted), DedupProcessEval::sum);
            byLanguage.merge(pair.lang(), new Score(0, 0, 0, 0).add(label, predicted), DedupProcessEval::sum);
        }
        return new Report(overall, byKind, byLanguage, summary, errors);
    }

    /** Runs the bundled corpus and prints; returns the exit code. */
    public static int run(PrintStream out) throws IOException {
        return run(DedupEval.bundledCorpus(), "original", out);
    }

    /** Runs {@code corpus} (named {@code name} in the output) and prints; returns the exit code. */
    public static int run(List<DedupEvalPair> corpus, String name, PrintStream out) throws IOException {
        long start = System.nanoTime();
        Report r = new DedupProcessEval().evaluate(corpus, StreamsAppConfig.defaults());
        out.printf(Locale.ROOT, "Dedup evaluation through ./newspipe process: %s, %d pairs, %s%n", name, corpus.size(),
                r.summary());
        out.println(row("overall", r.overall()));
        out.println("by kind:");
        r.byKind().forEach((k, s) -> out.println(row("  " + k, s)));
        out.println("by language:");
        r.byLanguage().forEach((k, s) -> out.println(row("  " + k, s)));
        if (!r.errors().isEmpty()) {
            out.println("errors:");
            r.errors().forEach(e -> out.println("  " + e));
        }
        out.printf(Locale.ROOT, "ran in %.1f s%n%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void writeFolder(List<DedupEvalPair> corpus, Path folder) throws IOException {
        Files.createDirectories(folder.resolve("html"));
        StringBuilder index = new StringBuilder("# url\tfile\tfetched_at\tcontent_type\n");
        long second = 0;
        for (int i : pageOrder(corpus)) {
            DedupEvalPair pair = corpus.get(i);
            addPage(folder, index, urlA(i), "a" + i, pair.a(), pair.lang(), START.plusSeconds(second++));
            addPage(folder, index, pair.sameUrl() ? urlA(i) : urlB(i), "b" + i, pair.b(), pair.lang(),
                    START.plusSeconds(second++));
        }
        Files.writeString(folder.resolve("pages.tsv"), index, StandardCharsets.UTF_8);
    }

    /**
     * Distinct pairs first, then duplicates: a base story reappears in many pairs, and a negative pair
     * judged after its stories' copies were indexed would be decided through those copies (each page
     * matches the earliest similar one), hiding a false duplicate between the two pages themselves.
     */
    private static List<Integer> pageOrder(List<DedupEvalPair> corpus) {
        List<Integer> order = new ArrayList<>();
        for (int label = 0; label <= 1; label++) {
            for (int i = 0; i < corpus.size(); i++) {
                if (corpus.get(i).label() == label) {
                    order.add(i);
                }
            }
        }
        return order;
    }

    private static void addPage(Path folder, StringBuilder index, String url, String name, String text, String lang,
            Instant at) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"")
                .append("ar".equals(lang) ? " dir=\"rtl\"" : "").append("><head><meta charset=\"utf-8\"><title>")
                .append(escape(firstWords(text))).append("</title></head><body><article><h1>")
                .append(escape(firstWords(text))).append("</h1>\n");
        for (String paragraph : text.split("\n\\s*\n")) {
            html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
        }
        html.append("</article></body></html>\n");
        Files.writeString(folder.resolve("html/" + name + ".html"), html, StandardCharsets.UTF_8);
        index.append(url).append('\t').append("html/").append(name).append(".html\t").append(at)
                .append("\ttext/html; charset=utf-8\n");
    }

    /**
     * What the output says: clusters of URLs joined by duplicate notices, and for every URL seen twice
     * whether its second record is something other than a new article (a revision or a notice).
     */
    private record Outcomes(Map<String, String> parent, Map<String, Boolean> secondIsNotNew) {
    }

    private Outcomes outcomes(Path out) throws IOException {
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Boolean> second = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            String kind = node.path("kind").asText();
            String url = node.path("url").asText();
            if ("duplicate".equals(kind)) {
                union(parent, url, node.path("duplicate_of_url").asText());
            }
            if (seen.merge(url, 1, Integer::sum) == 2) {
                second.put(url, "duplicate".equals(kind) || node.path("revision").asInt(1) > 1);
            }
        }
        return new Outcomes(parent, second);
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String urlA(int i) {
        return "https://eval-a.example/story/" + i;
    }

    private static String urlB(int i) {
        return "https://eval-b.example/story/" + i;
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", 9);
        return String.join(" ", List.of(words).subList(0, Math.min(8, words.length)));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Score sum(Score x, Score y) {
        return new Score(x.tp() + y.tp(), x.fp() + y.fp(), x.fn() + y.fn(), x.tn() + y.tn());
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f   tp %3d fp %3d fn %3d tn %3d", name,
                s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), s.tn());
    }

}
