package io.newspipe.bench;

import java.util.Map;

/**
 * Output records visible to a read_committed consumer.
 *
 * <p>Immutable (the detail map is a read-only copy) and thread-safe.
 *
 * @param articles records on the articles topic (revisions included)
 * @param revisions articles with revision &gt; 1
 * @param duplicates duplicate notices
 * @param deadLetters dead letters
 * @param detail counts by duplicate method and dead-letter stage/reason
 */
public record OutputCounts(long articles, long revisions, long duplicates, long deadLetters, Map<String, Long> detail) {
    public OutputCounts {
        detail = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(detail));
    }

    /** What was added since {@code earlier}. */
    public OutputCounts since(OutputCounts earlier) {
        java.util.Map<String, Long> d = new java.util.TreeMap<>(detail);
        earlier.detail().forEach((k, v) -> d.merge(k, -v, Long::sum));
        d.values().removeIf(v -> v == 0);
        return new OutputCounts(articles - earlier.articles, revisions - earlier.revisions,
                duplicates - earlier.duplicates, deadLetters - earlier.deadLetters, d);
    }

    /** Articles + duplicates + dead letters: equals the pages in when the accounting invariant holds. */
    public long total() {
        return articles + duplicates + deadLetters;
    }
}
