package io.newspipe.demo;

import io.newspipe.avro.Article;
import io.newspipe.avro.Entity;
import io.newspipe.demo.site.DemoExpectations;
import io.newspipe.streams.metrics.GroupLagReader;
import io.newspipe.streams.metrics.PartitionLag;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the demo's summary: counts, a few articles, the lag, and the comparison with the site's expectations. */
final class DemoSummary {
    private static final int SAMPLE_ARTICLES = 5;
    private final PrintStream out;

    DemoSummary(PrintStream out) {
        this.out = out;
    }

    void print(long rawPages, OutputTally t, List<PartitionLag> lag, DemoExpectations expected, Duration took) {
        out.println();
        out.println("=== Newspipe demo summary ===");
        out.printf(Locale.ROOT, "pages in (news.raw-pages.v1):  %d%n", rawPages);
        out.printf(Locale.ROOT, "articles (news.articles.v1):   %d new, %d revisions%n", t.newArticles(), t.revisions());
        out.printf(Locale.ROOT, "duplicates:                    %d %s%n", t.duplicates.size(), t.duplicatesByMethod());
        out.printf(Locale.ROOT, "dead letters:                  %d %s%n", t.deadLetters.size(),
                OutputTally.byReason(t.deadLetters));
        out.printf(Locale.ROOT, "not published by the producer: %d %s%n", t.producerDeadLetters.size(),
                OutputTally.byReason(t.producerDeadLetters));
        out.printf(Locale.ROOT, "accounting: %d in = %d articles + %d duplicates + %d dead letters%n", rawPages,
                t.articles.size(), t.duplicates.size(), t.deadLetters.size());
        out.printf(Locale.ROOT, "lag of group newspipe-demo on news.raw-pages.v1: %d records %s%n",
                GroupLagReader.total(lag), lag.stream().map(l -> "p" + l.partition() + "=" + l.lag())
                        .collect(Collectors.joining(" ", "(", ")")));
        out.println();
        out.println("A few articles:");
        t.articles.stream().limit(SAMPLE_ARTICLES).forEach(this::printArticle);
        out.println();
        out.printf(Locale.ROOT, "expected by the sample site: %d raw pages, %d articles, %d revisions, %d duplicates,"
                + " %d dead letters%n", expected.rawPages(), expected.articles(), expected.revisions(),
                expected.duplicates(), expected.deadLetters());
        boolean same = expected.rawPages() == rawPages && expected.articles() == t.newArticles()
                && expected.revisions() == t.revisions() && expected.duplicates() == t.duplicates.size()
                && expected.deadLetters() == t.deadLetters.size();
        out.println(same ? "result matches the expectations" : "result differs from the expectations (see above)");
        out.printf(Locale.ROOT, "took %.1f s%n", took.toMillis() / 1000.0);
    }

    private void printArticle(Article a) {
        out.printf(Locale.ROOT, "  - [%s r%d] %s (%s)%n", a.getLanguage(), a.getRevision(), a.getTitle(), a.getSite());
        String entities = a.getEntities().stream().limit(4).map(Entity::getName).collect(Collectors.joining(", "));
        String topics = a.getTopics().stream().limit(2).map(x -> x.getLabel()).collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "      authors %s; published %s; %d chars%s%s%n", a.getAuthors(), a.getPublishedAt(),
                a.getBodyText().length(), entities.isEmpty() ? "" : "; entities: " + entities,
                topics.isEmpty() ? "" : "; topics: " + topics);
    }
}
