package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A page waiting in {@code dedup-waiting} for its article's decision: the article as it will be emitted
 * and, when the adapter has them, the bytes the candidate arrived as (before dedup set its content hash and
 * fingerprint), so the state can keep those bytes and the two strings instead of encoding the whole page
 * again. Immutable (the bytes are not copied: nobody writes them) and thread-safe.
 *
 * @param article the article with its content hash and fingerprint set, as {@link #restore} rebuilds it
 * @param candidateBytes the candidate's encoded form as received, or null when unknown
 */
public record WaitingPage(Article article, byte[] candidateBytes) {
    public WaitingPage {
        Objects.requireNonNull(article, "article");
    }

    /**
     * The waiting article from the candidate decoded from {@link #candidateBytes} and the content hash and
     * fingerprint dedup gave it; equal to {@link #article}.
     */
    public static Article restore(Article candidate, String contentHash, String fingerprint) {
        // the fields as they are (strings are immutable; lists copied and instants cut to milliseconds, as
        // the builder's copy does) rather than Article.newBuilder(candidate), whose generic deep copy of every
        // field cost more than the rest of a page's arrival at dedup
        return new Article(candidate.getId(), candidate.getUrl(), candidate.getCanonicalUrl(), candidate.getRevision(),
                candidate.getSite(), candidate.getTitle(), candidate.getLead(), candidate.getBodyText(),
                candidate.getBodyHtml(), copy(candidate.getAuthors()), millis(candidate.getPublishedAt()),
                millis(candidate.getModifiedAt()), millis(candidate.getFetchedAt()), candidate.getLanguage(),
                candidate.getTextDirection(), candidate.getImageUrl(), copy(candidate.getSiteKeywords()),
                copy(candidate.getKeywords()), copy(candidate.getEntities()), copy(candidate.getTopics()),
                Objects.requireNonNull(contentHash, "contentHash"), fingerprint, candidate.getExtractorVersion());
    }

    /** The timestamp-millis fields' copy: the instant cut to its millisecond (Avro's conversion both ways). */
    private static Instant millis(Instant t) {
        return t == null ? null : Instant.ofEpochMilli(t.toEpochMilli());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : new ArrayList<>(list);
    }
}
