package io.newspipe.demo.site;

import java.util.List;
import java.util.Objects;

/**
 * A running demo site as a crawler sees it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name        site name (as in the sources file)
 * @param language    ISO 639-1 code of its articles
 * @param baseUrl     e.g. {@code http://127.0.0.2:41234}, without a trailing slash
 * @param feedUrls    absolute feed URLs
 * @param sitemapUrls absolute sitemap URLs
 * @param homeUrl     the home page (a listing page, with {@code <link rel="alternate">} to its feed)
 */
public record SiteInfo(String name, String language, String baseUrl, List<String> feedUrls,
                       List<String> sitemapUrls, String homeUrl) {

    public SiteInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(homeUrl, "homeUrl");
        feedUrls = List.copyOf(feedUrls);
        sitemapUrls = List.copyOf(sitemapUrls);
    }
}
