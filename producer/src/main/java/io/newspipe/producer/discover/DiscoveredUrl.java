package io.newspipe.producer.discover;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A page URL found in a feed or sitemap. Immutable.
 *
 * @param url the absolute URL as listed (resolved against the document's URL)
 * @param publishedAt the publication date the listing gives, or null
 */
public record DiscoveredUrl(String url, Instant publishedAt) {
    public DiscoveredUrl {
        Objects.requireNonNull(url, "url");
    }

    public Optional<Instant> published() {
        return Optional.ofNullable(publishedAt);
    }
}
