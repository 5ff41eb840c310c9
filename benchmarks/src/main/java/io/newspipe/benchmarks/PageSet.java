package io.newspipe.benchmarks;

import io.newspipe.avro.Article;
import io.newspipe.bench.BenchCorpus;
import io.newspipe.bench.BenchPage;
import io.newspipe.bench.BenchPaths;
import io.newspipe.bench.InMemoryDedup;
import io.newspipe.bench.RawRecords;
import io.newspipe.bench.SourcePages;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.TagStage;
import io.newspipe.streams.tag.ArticleTagger;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages every benchmark runs over, as {@code ./newspipe bench} builds them (aeb dev set + demo
 * site, one page per source with the bench's copies and revisions mixed in), plus their encoded raw
 * records and the candidates and articles the earlier stages make of them. Read-only after loading.
 */
final class PageSet {
    final List<BenchPage> pages;
    final List<byte[]> encoded;
    final List<Article> candidates = new ArrayList<>();
    final List<Article> tagged = new ArrayList<>();
    final ExtractStage extractStage = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(),
            10 * 1024 * 1024, Clock.systemUTC());
    final TagStage tagStage = new TagStage(new ArticleTagger(), Clock.systemUTC());

    PageSet() throws IOException {
        var sources = SourcePages.defaults(BenchPaths.shared(null));
        this.pages = BenchCorpus.generate(sources, sources.size(), 0);
        this.encoded = RawRecords.encodeAll(pages);
        InMemoryDedup dedup = new InMemoryDedup();
        for (int i = 0; i < pages.size(); i++) {
            StageResult r = extractStage.apply(pages.get(i).url(), encoded.get(i));
            if (r.isArticle()) {
                candidates.add(r.article());
                StageResult d = dedup.apply(r.article());
                if (d.isArticle()) {
                    StageResult t = tagStage.apply(d.article());
                    if (t.isArticle()) {
                        tagged.add(t.article());
                    }
                }
            }
        }
    }
}
