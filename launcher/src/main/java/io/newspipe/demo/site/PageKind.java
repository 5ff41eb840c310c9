package io.newspipe.demo.site;

import java.util.Locale;
import java.util.Objects;

/**
 * What a resource of the demo site is, and so what the pipeline must make of it when it is fetched.
 * The names are the {@code kind} column of {@code demo-site/manifest.tsv}.
 *
 * <p>Immutable and thread-safe.
 */
public enum PageKind {
    /** A news article: one new article. */
    ARTICLE,
    /** A wire copy of an article on another site: one duplicate notice. */
    SYNDICATED_COPY,
    /** The first version of a page that is later corrected: one new article. */
    CORRECTED_V1,
    /** The corrected version of the same URL, served after {@link DemoSite#publishCorrection()}: one revision. */
    CORRECTED_V2,
    /** Truncated or binary content listed in a feed: one dead letter. */
    BROKEN,
    /** A home or section page: a dead letter ({@code not_an_article}) if it is ever fetched. */
    LISTING,
    /** A page under a robots.txt {@code Disallow}: must never be fetched. */
    DISALLOWED,
    /** An RSS 2.0 or Atom feed. */
    FEED,
    /** A sitemap, sitemap index or Google News sitemap. */
    SITEMAP,
    /** The site's robots.txt. */
    ROBOTS;

    /**
     * Parses a manifest kind such as {@code syndicated-copy}.
     *
     * @throws IllegalArgumentException for an unknown kind, naming it
     */
    public static PageKind parse(String text) {
        Objects.requireNonNull(text, "text");
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (PageKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown page kind in manifest: " + text);
    }

    /** True for the kinds that are pages (fetched by a crawler), false for feeds, sitemaps and robots.txt. */
    public boolean isPage() {
        return this != FEED && this != SITEMAP && this != ROBOTS;
    }
}
