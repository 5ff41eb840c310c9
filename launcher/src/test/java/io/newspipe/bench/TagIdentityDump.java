package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.eval.TaggingEvalSet;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.TagStage;
import io.newspipe.streams.tag.ArticleTagger;
import io.newspipe.streams.tag.Tags;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: dumps the tags of every bench page (through the extract and tag stages) and of every
 * article of every labelled tagging set into a folder, one line per page or article, so that two trees can be
 * compared with {@code cmp} (the tag stage's speed work must leave every tag identical). With {@code loop N}
 * it instead tags the bench pages' extracted articles N times, for a profiler.
 * With {@code texts <file>} it writes the title, body and language hint of the bench corpus's articles for
 * {@code io.newspipe.streams.tag.TagCostSplit}. Run from the repository root with
 * {@code java -Dnewspipe.shared=../shared -cp "streams-app/target/classes:launcher/target/test-classes:launcher/target/classes:launcher/target/lib/*" io.newspipe.bench.TagIdentityDump <out-folder>}
 * in two trees, then {@code cmp} the files. Usage: {@code <out-folder> | loop <passes> | texts <file>}.
 */
public final class TagIdentityDump {
    private static final List<String> SETS = List.of("main", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
            "heldout6", "heldout7", "heldout8", "heldout9", "heldout10");

    private TagIdentityDump() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("newspipe.shared", "../shared"));
        List<SourcePage> sources = SourcePages.defaults(shared);
        // the generated bench corpus (originals, copies, revisions, re-fetches) and every source page itself
        List<BenchPage> pages = new ArrayList<>(BenchCorpus.generate(sources, sources.size(), 0));
        int benchPages = pages.size();
        sources.forEach(s -> pages.add(new BenchPage(s.url(), s.body(), s.contentType(), BenchPage.Kind.ORIGINAL)));
        ExtractStage extract = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), 10 * 1024 * 1024,
                Clock.systemUTC());
        TagStage tagStage = new TagStage(new ArticleTagger(), Clock.systemUTC());
        List<byte[]> encoded = RawRecords.encodeAll(pages);
        List<Article> articles = new ArrayList<>();
        int benchArticles = 0;
        for (int i = 0; i < pages.size(); i++) {
            StageResult r = extract.apply(pages.get(i).url(), encoded.get(i));
            if (r.isArticle()) {
                articles.add(r.article());
            }
            if (i == benchPages - 1) {
                benchArticles = articles.size();
            }
        }
        if (args[0].equals("texts")) {
            texts(articles.subList(0, benchArticles), Path.of(args[1]));
            return;
        }
        if (args[0].equals("loop")) {
            loop(tagStage, articles, Integer.parseInt(args[1]));
            return;
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("bench.txt"), StandardCharsets.UTF_8))) {
            for (Article a : articles) {
                StageResult r = tagStage.apply(a);
                Article t = r.isArticle() ? r.article() : null;
                w.println(a.getUrl() + "\t" + (t == null ? r.toString() : t.getLanguage() + "\t" + t.getTextDirection()
                        + "\t" + t.getEntities() + "\t" + t.getTopics() + "\t" + t.getKeywords()));
            }
        }
        ArticleTagger tagger = new ArticleTagger();
        for (String set : SETS) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(set + ".txt"),
                    StandardCharsets.UTF_8))) {
                for (TaggingEvalSet.LabelledArticle a : TaggingEvalSet.named(set)) {
                    Tags tags = tagger.tag(a.title(), a.body(), null);
                    w.println(a.id() + "\t" + tags + "\t" + tagger.language(a.title(), null, null));
                }
            }
        }
        System.out.printf(Locale.ROOT, "dumped %d bench articles and %s to %s%n", articles.size(), SETS, out);
    }

    /** Title, body with lead (as the tagger joins them) and language hint of each article, for TagCostSplit. */
    private static void texts(List<Article> articles, Path file) throws IOException {
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(articles.size());
            for (Article a : articles) {
                String lead = a.getLead();
                String body = a.getBodyText();
                if (!(lead == null || lead.isBlank() || body.contains(lead.strip()))) {
                    body = lead.strip() + "\n\n" + body;
                }
                writeNullable(out, a.getTitle());
                writeNullable(out, body);
                writeNullable(out, a.getLanguage());
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d articles to %s%n", articles.size(), file);
    }

    private static void writeNullable(java.io.DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static void loop(TagStage tagStage, List<Article> articles, int passes) {
        long t0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            long s = System.nanoTime();
            articles.forEach(tagStage::apply);
            if (p % 10 == 0 || p == passes - 1) {
                System.out.printf(Locale.ROOT, "pass %d: %.1f us per article%n", p,
                        (System.nanoTime() - s) / 1000.0 / articles.size());
            }
        }
        System.out.printf(Locale.ROOT, "%d articles x %d passes in %.1f s%n", articles.size(), passes,
                (System.nanoTime() - t0) / 1e9);
    }
}
