package io.newspipe.bench;

import java.util.Map;

/**
 * Output records visible to a read_committed consumer.
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

    /** Articles + duplicates + dead letters: equals the pages in when the accounting invariant holds. */
    public long total() {
        return articles + duplicates + deadLetters;
    }
}
