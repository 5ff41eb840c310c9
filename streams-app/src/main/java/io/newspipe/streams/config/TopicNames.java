package io.newspipe.streams.config;

import java.util.List;
import java.util.Objects;

/**
 * The topics the streams app reads and writes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rawPages input topic
 * @param articles articles output
 * @param duplicates duplicate notices output
 * @param deadLetters dead letters output
 */
public record TopicNames(String rawPages, String articles, String duplicates, String deadLetters) {
    public TopicNames {
        Objects.requireNonNull(rawPages, "rawPages");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** The contract's topic names with a suffix, for isolated tests; empty suffix = the contract's names. */
    public static TopicNames withSuffix(String suffix) {
        return new TopicNames("news.raw-pages.v1" + suffix, "news.articles.v1" + suffix,
                "news.duplicates.v1" + suffix, "news.dead-letters.v1" + suffix);
    }

    public List<String> outputs() {
        return List.of(articles, duplicates, deadLetters);
    }
}
