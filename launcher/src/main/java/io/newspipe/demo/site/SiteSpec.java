package io.newspipe.demo.site;

import java.util.List;
import java.util.Objects;

/**
 * One line of {@code demo-site/sites.tsv}: a demo news site and the loopback address it is served on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name         site name used in the manifest and the sources file
 * @param address      loopback address to bind, e.g. {@code 127.0.0.2}
 * @param language     ISO 639-1 code of the site's articles
 * @param displayName  the site's own name as its pages show it
 * @param feedPaths    paths of the feeds the sources file lists
 * @param sitemapPaths paths of the sitemaps the sources file lists
 */
public record SiteSpec(String name, String address, String language, String displayName,
                       List<String> feedPaths, List<String> sitemapPaths) {

    public SiteSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(displayName, "displayName");
        feedPaths = List.copyOf(feedPaths);
        sitemapPaths = List.copyOf(sitemapPaths);
    }
}
