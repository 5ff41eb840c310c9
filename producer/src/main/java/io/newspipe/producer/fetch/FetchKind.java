package io.newspipe.producer.fetch;

/**
 * What a fetch is for: only pages pass the content-type filter; robots.txt skips the robots check.
 * Immutable and thread-safe.
 */
public enum FetchKind {
    PAGE, FEED, SITEMAP, START_PAGE, ROBOTS
}
