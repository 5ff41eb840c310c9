package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.TagStage;
import io.newspipe.streams.tag.ArticleTagger;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: the Avro bytes of every record the stages put out for the bench pages, written the
 * two ways a thread meets them: as the bench's interleaved pass runs a page (the candidate encoded for the
 * dedup topic, then dedup, tag and the output record encoded from the same objects) and as the topology's
 * dedup task does (the candidate decoded from its bytes, then dedup, tag and the output encoded). Speed work
 * on the Avro encoder must leave every byte identical: run it in two trees and {@code cmp} the files. The
 * offline split's 227 pages are written in hex, the pipeline's 3,000 as SHA-256 and length per record. Run
 * from the repository root with {@code java -Dnewspipe.shared=../shared -cp "launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*" io.newspipe.bench.ArticleBytesDump <out-folder>}.
 */
public final class ArticleBytesDump {
    private static final HexFormat HEX = HexFormat.of();
    private static final Clock CLOCK = Clock.fixed(RawRecords.FETCHED_AT, ZoneOffset.UTC);

    private ArticleBytesDump() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        ArticleBytesDump.dump(OfflinePages.pages(), out.resolve("offline-bytes.txt"), true);
        ArticleBytesDump.dump(BenchCorpus.generate(OfflinePages.sources(), 3000, 0), out.resolve("pipeline-bytes.txt"),
                false);
        System.out.printf(Locale.ROOT, "dumped to %s%n", out);
    }

    private static void dump(List<BenchPage> pages, Path file, boolean hex) throws Exception {
        ExtractStage extract = OfflinePages.extractStage(CLOCK);
        TagStage tag = new TagStage(new ArticleTagger(), CLOCK);
        StageOutputs outputs = new StageOutputs();
        AvroSerde<Article> articles = NewsSerdes.article();
        InMemoryDedup asBench = new InMemoryDedup();
        InMemoryDedup asTopology = new InMemoryDedup();
        List<byte[]> raw = RawRecords.encodeAll(pages);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < pages.size(); i++) {
                StageResult r = extract.apply(pages.get(i).url(), raw.get(i));
                if (!r.isArticle()) {
                    w.println("extract\t" + describe(outputs.encode(r), hex));
                    continue;
                }
                byte[] candidate = articles.encode(r.article());
                w.println("candidate\t" + describe(candidate, hex));
                StageResult bench = asBench.apply(r.article(), candidate);
                w.println("bench\t" + describe(outputs.encode(bench.isArticle() ? tag.apply(bench.article()) : bench), hex));
                StageResult topology = asTopology.apply(articles.decode(candidate), candidate);
                w.println("topology\t" + describe(outputs.encode(topology.isArticle() ? tag.apply(topology.article())
                        : topology), hex));
            }
        }
    }

    private static String describe(byte[] bytes, boolean hex) throws Exception {
        return hex ? HEX.formatHex(bytes)
                : bytes.length + "\t" + HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
