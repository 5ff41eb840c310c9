package io.newspipe.streams.limits;

import io.newspipe.avro.Article;
import io.newspipe.schemas.NewsSerdes;

/**
 * Whether an article fits the topics it must pass through. An article carries {@code body_text} and
 * {@code body_html}, so it can be about twice the page's text; above the topics' {@code max.message.bytes}
 * (Kafka's default is about 1 MB) its send fails with {@code RecordTooLargeException}, which fails the
 * stream thread, and the replacement thread reads the same page again: a poison pill. The stage checks
 * this limit first and dead-letters the page {@code too_large} instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxBytes largest encoded article accepted
 */
public record ArticleSizeLimit(int maxBytes) {
    /** Below Kafka's default 1 MB message limit with room for the record envelope. */
    public static final int DEFAULT_MAX_BYTES = 900_000;

    public ArticleSizeLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    /** The encoded size when it exceeds the limit, or -1 when the article fits. */
    public int excessSize(Article article) {
        long chars = length(article.getBodyText()) + length(article.getBodyHtml()) + length(article.getLead())
                + length(article.getTitle());
        // a UTF-8 char takes at most 3 bytes (4 for a surrogate pair, i.e. 2 chars): encode only when it may not fit
        if (chars * 3 + 64 * 1024 < maxBytes) {
            return -1;
        }
        int size = NewsSerdes.article().encode(article).length;
        return size > maxBytes ? size : -1;
    }

    private static long length(CharSequence text) {
        return text == null ? 0 : text.length();
    }
}
