package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.Fingerprint;
import io.newspipe.streams.dedup.TextFingerprinter;
import io.newspipe.streams.eval.DedupEval;
import io.newspipe.streams.eval.DedupEvalPair;
import io.newspipe.streams.stage.StageResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tool, not a test: runs the bench's dedup ({@link InMemoryDedup}, the partitioned protocol over four
 * partitions with every message and store value encoded) over the extracted candidates of the bench pages
 * (the offline split's 227 and the pipeline's 3,000 generated pages) and over every dedup eval pair's two
 * texts as articles, and dumps into a folder: each decision (the output record, and its Avro bytes), the
 * candidates' Avro bytes, the fingerprint of every eval text, and the encoded bytes of every store value of
 * every partition at the end. Two trees' dumps are compared with {@code cmp}: speed work on dedup, the
 * candidate step or the Avro encoders must leave every byte identical. With {@code loop <passes>} it instead
 * runs the dedup over the 227 pages' candidates (a fresh dedup per pass), for a profiler.
 * Run from the repository root (after {@code ./newspipe} has built, and {@code mvn -q -pl launcher
 * test-compile}) with {@code java -Dnewspipe.shared=../shared -cp "launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*" io.newspipe.bench.DedupIdentityDump <out-folder>}.
 */
public final class DedupIdentityDump {
    private static final HexFormat HEX = HexFormat.of();
    private static final Clock CLOCK = Clock.fixed(RawRecords.FETCHED_AT, ZoneOffset.UTC);

    private DedupIdentityDump() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("loop")) {
            loop(OfflinePages.candidates(OfflinePages.pages(), CLOCK), Integer.parseInt(args[1]));
            return;
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        List<Article> offline = OfflinePages.candidates(OfflinePages.pages(), CLOCK);
        dump(offline, out, "offline");
        dump(OfflinePages.candidates(BenchCorpus.generate(OfflinePages.sources(), 3000, 0), CLOCK), out, "pipeline");
        dumpEval(offline.get(0), out);
        System.out.printf(Locale.ROOT, "dumped to %s%n", out);
    }

    private static void dump(List<Article> candidates, Path out, String name) throws Exception {
        AvroSerde<Article> articles = NewsSerdes.article();
        InMemoryDedup dedup = new InMemoryDedup();
        try (PrintWriter w = writer(out.resolve(name + "-decisions.txt"))) {
            for (Article a : candidates) {
                byte[] bytes = articles.encode(a);
                w.println("candidate\t" + HEX.formatHex(bytes));
                StageResult r = dedup.apply(a, bytes);
                w.println(r.record());
                w.println(HEX.formatHex(r.isArticle() ? articles.encode(r.article())
                        : NewsSerdes.duplicateNotice().encode(r.duplicate())));
            }
            w.println("messages " + dedup.messages() + " store bytes " + Arrays.toString(dedup.storeBytes()));
        }
        try (PrintWriter w = writer(out.resolve(name + "-state.txt"))) {
            dumpState(dedup, w);
        }
    }

    /** Every store of every partition, keys sorted (read reflectively, so the tool runs on older trees too). */
    private static void dumpState(InMemoryDedup dedup, PrintWriter w) throws ReflectiveOperationException {
        Field statesField = InMemoryDedup.class.getDeclaredField("states");
        statesField.setAccessible(true);
        int partition = 0;
        for (Object state : (List<?>) statesField.get(dedup)) {
            for (Field f : state.getClass().getDeclaredFields()) {
                if (!Map.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                f.setAccessible(true);
                @SuppressWarnings("unchecked")
                Map<Long, byte[]> store = new TreeMap<>((Map<Long, byte[]>) f.get(state));
                for (Map.Entry<Long, byte[]> e : store.entrySet()) {
                    w.println(partition + "\t" + f.getName() + "\t" + Long.toHexString(e.getKey()) + "\t"
                            + HEX.formatHex(e.getValue()));
                }
            }
            partition++;
        }
    }

    /** Fingerprints of every eval text, and both texts of every pair through the protocol as articles. */
    private static void dumpEval(Article template, Path out) throws Exception {
        TextFingerprinter fingerprinter = new TextFingerprinter(DedupConfig.defaults());
        List<Article> articles = new ArrayList<>();
        try (PrintWriter w = writer(out.resolve("eval-fingerprints.txt"))) {
            for (Map.Entry<String, List<DedupEvalPair>> corpus : DedupEval.corpora(DedupEval.ALL).entrySet()) {
                for (DedupEvalPair pair : corpus.getValue()) {
                    w.println(pair.id() + "\ta\t" + describe(fingerprinter.fingerprint(pair.a())));
                    w.println(pair.id() + "\tb\t" + describe(fingerprinter.fingerprint(pair.b())));
                    String url = "https://eval.example/" + pair.id();
                    articles.add(article(template, url + "/a", pair.a()));
                    articles.add(article(template, pair.sameUrl() ? url + "/a" : url + "/b", pair.b()));
                }
            }
        }
        dump(articles, out, "eval");
    }

    private static String describe(Fingerprint f) {
        return f.contentHash() + "\t" + f.signature().toHex() + "\t" + f.signature().shingleCount() + "\t"
                + f.signature().numbers() + "\t" + Arrays.toString(f.bandKeys());
    }

    private static Article article(Article template, String url, String body) {
        return Article.newBuilder(template).setUrl(url).setCanonicalUrl(url).setId(ArticleIds.idOf(url))
                .setBodyText(body).build();
    }

    private static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    private static void loop(List<Article> candidates, int passes) {
        AvroSerde<Article> serde = NewsSerdes.article();
        List<byte[]> bytes = candidates.stream().map(serde::encode).toList();
        long t0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            long s = System.nanoTime();
            InMemoryDedup dedup = new InMemoryDedup();
            for (int i = 0; i < candidates.size(); i++) {
                dedup.apply(candidates.get(i), bytes.get(i));
            }
            if (p % 50 == 0 || p == passes - 1) {
                System.out.printf(Locale.ROOT, "pass %d: %.1f us per candidate%n", p,
                        (System.nanoTime() - s) / 1000.0 / candidates.size());
            }
        }
        System.out.printf(Locale.ROOT, "%d candidates x %d passes in %.1f s%n", candidates.size(), passes,
                (System.nanoTime() - t0) / 1e9);
    }
}
