package io.newspipe.producer.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One site of the sources file: where its new article URLs are found and how often to look.
 * Immutable and thread-safe.
 *
 * @param name the site's name, written into every raw page ({@code site})
 * @param feeds RSS 2.0, Atom or JSON Feed URLs
 * @param sitemaps sitemap or sitemap index URLs (Google News sitemaps included)
 * @param startPages pages whose {@code <link rel="alternate">} feeds are followed
 * @param pollInterval time between two polls of this site
 */
public record SiteSource(String name, List<String> feeds, List<String> sitemaps, List<String> startPages,
                         Duration pollInterval) {
    /** Poll interval used when a site gives none. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

    public SiteSource {
        Objects.requireNonNull(name, "name");
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        startPages = List.copyOf(startPages);
        Objects.requireNonNull(pollInterval, "pollInterval");
    }
}
