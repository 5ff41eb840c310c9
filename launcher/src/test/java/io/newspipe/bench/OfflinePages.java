package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus the bench tools of this folder share: the shared folder's source pages (system property
 * {@code newspipe.shared}, else {@code ../shared}), the offline split's generated pages over them (one page per
 * source, as {@code ./newspipe bench} splits them), the extract stage as the bench builds it, and the
 * candidates it makes of pages. Stateless; each call builds afresh (thread-safe).
 */
final class OfflinePages {
    /** The largest raw page the extract stage takes, as the bench sets it. */
    static final int MAX_PAGE_BYTES = 10 * 1024 * 1024;

    private OfflinePages() {
    }

    /** The source pages of the shared folder. */
    static List<SourcePage> sources() throws IOException {
        return SourcePages.defaults(Path.of(System.getProperty("newspipe.shared", "../shared")));
    }

    /** The offline split's pages: one generated page per source page. */
    static List<BenchPage> pages() throws IOException {
        List<SourcePage> sources = sources();
        return BenchCorpus.generate(sources, sources.size(), 0);
    }

    /** The extract stage as the bench builds it, stamping with {@code clock}. */
    static ExtractStage extractStage(Clock clock) {
        return new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), MAX_PAGE_BYTES, clock);
    }

    /** The candidates the extract stage makes of {@code pages} (those it takes for articles), in page order. */
    static List<Article> candidates(List<BenchPage> pages, Clock clock) {
        ExtractStage extract = extractStage(clock);
        List<byte[]> encoded = RawRecords.encodeAll(pages);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            StageResult r = extract.apply(pages.get(i).url(), encoded.get(i));
            if (r.isArticle()) {
                out.add(r.article());
            }
        }
        return out;
    }
}
