package io.newspipe.streams.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Metadata read from a page's head and structure (JSON-LD, OpenGraph, meta tags, time elements,
 * URL, visible text).
 *
 * <p>Immutable and thread-safe.
 *
 * @param title headline without the site-name suffix, or null
 * @param description meta/og description (a lead candidate), or null
 * @param declaredCanonicalUrl rel=canonical or og:url, absolute, or null
 * @param site site name (og:site_name, JSON-LD publisher, or host), never null
 * @param authors real author names
 * @param publishedAt publication time, or null
 * @param modifiedAt modification time, or null
 * @param languageHint declared language (html lang, content-language, og:locale), or null
 * @param textDirection "ltr" or "rtl"
 * @param imageUrl lead image, absolute, or null
 * @param siteKeywords the page's own keywords
 */
public record PageMetadata(
        String title,
        String description,
        String declaredCanonicalUrl,
        String site,
        List<String> authors,
        Instant publishedAt,
        Instant modifiedAt,
        String languageHint,
        String textDirection,
        String imageUrl,
        List<String> siteKeywords) {
    public PageMetadata {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(textDirection, "textDirection");
        authors = List.copyOf(authors);
        siteKeywords = List.copyOf(siteKeywords);
    }
}
