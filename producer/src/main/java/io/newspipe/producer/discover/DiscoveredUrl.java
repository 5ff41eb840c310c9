package io.newspipe.producer.discover;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A page URL found in a feed or sitemap. Immutable.
 *
 * @param url the absolute URL as listed (resolved against the document's URL)
 * @param publishedAt the publication date the listing gives, or null
 * @param modifiedAt the last-change date the listing gives (Atom {@code updated}, sitemap {@code lastmod},
 *                   JSON Feed {@code date_modified}), or null: a later date than the one seen at the last fetch
 *                   means the page was corrected and is fetched again
 */
public record DiscoveredUrl(String url, Instant publishedAt, Instant modifiedAt) {
    public DiscoveredUrl {
        Objects.requireNonNull(url, "url");
    }

    public DiscoveredUrl(String url, Instant publishedAt) {
        this(url, publishedAt, null);
    }

    public Optional<Instant> published() {
        return Optional.ofNullable(publishedAt);
    }
}
