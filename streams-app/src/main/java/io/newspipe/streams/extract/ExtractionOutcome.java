package io.newspipe.streams.extract;

/**
 * What the extractor made of a page: an article, or a rejection with a reason.
 * Both kinds are immutable and thread-safe.
 */
public sealed interface ExtractionOutcome permits ExtractedArticle, Rejection {
}
