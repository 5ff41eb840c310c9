package io.newspipe.bench;

import io.newspipe.streams.eval.ExtractionScorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.contracts.FolderPage;
import io.newspipe.contracts.PageFolder;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.extract.ExtractedArticle;
import io.newspipe.streams.extract.ExtractionOutcome;
import io.newspipe.streams.extract.PageInput;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Newspipe's extractor and Readability.js (Node, {@code tools/readability-peer}) side by side on the
 * aeb dev set: pages/second on one thread (wall and process CPU; bytes in memory, best and median
 * of several passes after a warm-up) and F1 by one scorer ({@link ExtractionScorer}).
 * Not thread-safe.
 */
public final class PeerComparison {
    private final Path aeb;
    private final Path peerDir;
    private final int passes;
    private final ObjectMapper json = new ObjectMapper();

    public PeerComparison(Path aeb, Path peerDir, int passes) {
        this.aeb = Objects.requireNonNull(aeb, "aeb");
        this.peerDir = Objects.requireNonNull(peerDir, "peerDir");
        this.passes = passes;
    }

    /**
     * One tool's figures.
     *
     * @param tool name
     * @param pages pages per pass
     * @param bestPagesPerSecond wall time, best pass
     * @param medianPagesPerSecond wall time, median pass
     * @param bestPagesPerCpuSecond process CPU time, best pass
     * @param score F1 and its parts on the dev set
     */
    public record Row(String tool, int pages, double bestPagesPerSecond, double medianPagesPerSecond,
            double bestPagesPerCpuSecond, ExtractionScorer.Summary score) {
    }

    /** Runs Newspipe, then Readability with each DOM implementation given (e.g. linkedom, jsdom). */
    public List<Row> run(List<String> doms) throws IOException, InterruptedException {
        PageFolder folder = new PageFolder(aeb);
        List<FolderPage> listed = folder.list();
        Map<String, String> truth = truth();
        List<Row> rows = new ArrayList<>();
        rows.add(newspipe(folder, listed, truth));
        PeerProcess peer = new PeerProcess(peerDir);
        for (String dom : doms) {
            rows.add(readability(peer.run(aeb, dom, passes), dom, listed, truth));
        }
        return rows;
    }

    private Row newspipe(PageFolder folder, List<FolderPage> listed, Map<String, String> truth) throws IOException {
        List<PageInput> inputs = new ArrayList<>();
        for (FolderPage p : listed) {
            inputs.add(new PageInput(p.url(), folder.read(p), p.contentType(), p.fetchedAt()));
        }
        ArticleExtractor extractor = new ArticleExtractor();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<ExtractionOutcome> outcomes = new ArrayList<>();
        double[] wall = new double[passes];
        double[] cpu = new double[passes];
        for (int pass = -1; pass < passes; pass++) {
            outcomes.clear();
            long w0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            inputs.forEach(in -> outcomes.add(extractor.extract(in)));
            if (pass >= 0) {
                wall[pass] = (System.nanoTime() - w0) / 1e9;
                cpu[pass] = (os.getProcessCpuTime() - c0) / 1e9;
            }
        }
        List<ExtractionScorer.PageScore> pairs = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            String predicted = outcomes.get(i) instanceof ExtractedArticle a ? a.bodyText() : "";
            pairs.add(ExtractionScorer.score(truth.getOrDefault(idOf(listed.get(i)), ""), predicted));
        }
        return row("newspipe " + ArticleExtractor.VERSION, listed.size(), wall, cpu, pairs);
    }

    private Row readability(JsonNode report, String dom, List<FolderPage> listed, Map<String, String> truth) {
        List<ExtractionScorer.PageScore> pairs = new ArrayList<>();
        for (FolderPage p : listed) {
            JsonNode text = report.path("texts").path(idOf(p));
            pairs.add(ExtractionScorer.score(truth.getOrDefault(idOf(p), ""), text.isTextual() ? text.asText() : ""));
        }
        double[] wall = doubles(report.path("passSeconds"));
        double[] cpu = doubles(report.path("passCpuSeconds"));
        return row("readability.js " + dom + " (node " + report.path("node").asText() + ")", listed.size(), wall, cpu,
                pairs);
    }

    private static Row row(String tool, int pages, double[] wall, double[] cpu, List<ExtractionScorer.PageScore> pairs) {
        double[] w = wall.clone();
        Arrays.sort(w);
        double bestCpu = Arrays.stream(cpu).min().orElse(Double.NaN);
        return new Row(tool, pages, pages / w[0], pages / w[w.length / 2], pages / bestCpu,
                ExtractionScorer.summarize(pairs));
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private Map<String, String> truth() throws IOException {
        JsonNode root = json.readTree(Files.readAllBytes(aeb.resolve("ground-truth.json")));
        Map<String, String> out = new HashMap<>();
        root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return out;
    }

    /** The ground-truth id of a page: its body file's name without {@code .html[.gz]}. */
    static String idOf(FolderPage page) {
        return page.file().getFileName().toString().replaceFirst("\\.html(\\.gz)?$", "");
    }
}
