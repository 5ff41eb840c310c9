package io.newspipe.producer.crawl;

import java.time.Instant;
import java.util.Objects;

/**
 * A page URL to fetch, with where it was listed. Immutable.
 *
 * @param url the URL as listed
 * @param canonicalUrl its canonical form (the record key and seen-set key)
 * @param source feed or sitemap
 * @param listedBy the feed or sitemap URL that listed it
 * @param publishedAt the date the listing gives, or null
 * @param modifiedAt the last-change date the listing gives, or null
 */
public record Candidate(String url, String canonicalUrl, String source, String listedBy, Instant publishedAt,
                        Instant modifiedAt) {
    public Candidate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listedBy, "listedBy");
    }

    /** This candidate with the later of the two modification dates (a URL listed twice). */
    public Candidate withModifiedAt(Instant other) {
        if (other == null || modifiedAt != null && !other.isAfter(modifiedAt)) {
            return this;
        }
        return new Candidate(url, canonicalUrl, source, listedBy, publishedAt, other);
    }
}
