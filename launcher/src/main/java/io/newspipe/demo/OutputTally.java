package io.newspipe.demo;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the demo has read from the output topics so far. Dead letters written by the producer (pages
 * that never reached the raw topic: robots, fetch errors) are counted apart, since the accounting
 * invariant is about raw pages. Not thread-safe.
 */
final class OutputTally {
    private static final List<String> PRODUCER_STAGES = List.of("fetch", "publish");
    final List<Article> articles = new ArrayList<>();
    final List<DuplicateNotice> duplicates = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    final List<DeadLetter> producerDeadLetters = new ArrayList<>();

    void add(Article a) {
        articles.add(a);
    }

    void add(DuplicateNotice d) {
        duplicates.add(d);
    }

    void add(DeadLetter d) {
        (PRODUCER_STAGES.contains(d.getStage()) ? producerDeadLetters : deadLetters).add(d);
    }

    int pipelineOutputs() {
        return articles.size() + duplicates.size() + deadLetters.size();
    }

    long newArticles() {
        return articles.stream().filter(a -> a.getRevision() == 1).count();
    }

    long revisions() {
        return articles.stream().filter(a -> a.getRevision() > 1).count();
    }

    Map<String, Integer> duplicatesByMethod() {
        Map<String, Integer> m = new TreeMap<>();
        duplicates.forEach(d -> m.merge(d.getMethod(), 1, Integer::sum));
        return m;
    }

    static Map<String, Integer> byReason(List<DeadLetter> letters) {
        Map<String, Integer> m = new TreeMap<>();
        letters.forEach(d -> m.merge(d.getStage() + "/" + d.getReason(), 1, Integer::sum));
        return m;
    }
}
