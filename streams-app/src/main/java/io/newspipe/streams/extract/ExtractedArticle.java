package io.newspipe.streams.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The clean content and metadata of one article page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the page URL
 * @param declaredCanonicalUrl the page's own rel=canonical or og:url (absolute), or null
 * @param site the site name (og:site_name or host), never null
 * @param title the headline without the site-name suffix, or null
 * @param lead the standfirst or first paragraph, or null
 * @param bodyText the main text, paragraphs joined by a blank line
 * @param bodyHtml the main content as sanitised HTML with absolute links
 * @param authors real author names
 * @param publishedAt publication time, or null
 * @param modifiedAt last modification time, or null
 * @param languageHint the page's declared language (lang attribute, meta), or null
 * @param textDirection "ltr" or "rtl" as declared or inferred from the script
 * @param imageUrl the lead image (absolute), or null
 * @param siteKeywords the page's own keywords (meta keywords, article:tag, JSON-LD keywords)
 */
public record ExtractedArticle(
        String url,
        String declaredCanonicalUrl,
        String site,
        String title,
        String lead,
        String bodyText,
        String bodyHtml,
        List<String> authors,
        Instant publishedAt,
        Instant modifiedAt,
        String languageHint,
        String textDirection,
        String imageUrl,
        List<String> siteKeywords) implements ExtractionOutcome {
    public ExtractedArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(bodyText, "bodyText");
        authors = List.copyOf(authors);
        siteKeywords = List.copyOf(siteKeywords);
    }
}
