package io.newspipe.demo.site;

import java.util.List;
import java.util.Objects;

/**
 * What one demo run must produce, computed from the manifest and the bundled feeds, sitemaps and robots.txt: a
 * crawl
 * of every feed and sitemap, then {@link DemoSite#publishCorrection()}, then a second poll that fetches only the
 * corrected page again (conditional GETs answer 304 for everything else). Start pages are not crawled (the sources
 * file lists none); if a producer also published the home pages, each would add one {@code not_an_article} dead
 * letter.
 *
 * <p>Immutable and thread-safe.
 *
 * @param listedPages        distinct page URLs named by the feeds and sitemaps, robots-disallowed ones included
 * @param articlePagesListed of those, pages that are articles (originals, copies, the corrected page), not
 * disallowed
 * @param disallowedPages    listed pages that robots.txt disallows: never fetched, never published
 * @param rawPages           raw pages the producer publishes: every allowed listed page, plus the corrected
 * version
 * @param articles           new articles (revision 1)
 * @param revisions          article records with revision 2 (the corrected page)
 * @param duplicates         duplicate notices (the syndicated copy)
 * @param deadLetters        dead letters (broken pages, listing pages that a sitemap names)
 * @param fetchedUrls        the URLs a polite crawl fetches and publishes, sorted
 * @param disallowedUrls     the listed URLs a polite crawl must never request, sorted
 */
public record DemoExpectations(int listedPages, int articlePagesListed, int disallowedPages, int rawPages,
                               int articles, int revisions, int duplicates, int deadLetters,
                               List<String> fetchedUrls, List<String> disallowedUrls) {

    public DemoExpectations {
        Objects.requireNonNull(fetchedUrls, "fetchedUrls");
        Objects.requireNonNull(disallowedUrls, "disallowedUrls");
        fetchedUrls = List.copyOf(fetchedUrls);
        disallowedUrls = List.copyOf(disallowedUrls);
    }

    /** Records expected on the three output topics together; equals {@link #rawPages()} (the accounting invariant). */
    public int outputRecords() {
        return articles + revisions + duplicates + deadLetters;
    }

    /** Records expected on {@code news.articles.v1}: new articles plus revisions. */
    public int articleRecords() {
        return articles + revisions;
    }
}
