package io.newspipe.streams.extract;

/** What the extractor made of a page: an article, or a rejection with a reason. */
public sealed interface ExtractionOutcome permits ExtractedArticle, Rejection {
}
