package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;
import java.util.Objects;
import java.util.Optional;

/**
 * The dedup decisions, free of state-store types so they are unit-testable:
 * <ol>
 *   <li>by normalised content hash: content seen before under the same article id is a
 *       {@code same_url} duplicate, under another id an {@code exact_copy};</li>
 *   <li>by canonical URL: a URL seen before with other content is a new revision of its article.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class DedupDecisions {
    public static final String SAME_URL = "same_url";
    public static final String EXACT_COPY = "exact_copy";
    public static final String NEAR_DUPLICATE = "near_duplicate";
    /** An older fetch of a URL that arrived after a newer revision of it had been published. */
    public static final String SUPERSEDED = "superseded";

    private DedupDecisions() {
    }

    /** The duplicate notice for a candidate whose content was seen, or empty when the content is new. */
    public static Optional<DuplicateNotice> byContent(Article candidate, SeenContent seen) {
        Objects.requireNonNull(candidate, "candidate");
        if (seen == null) {
            return Optional.empty();
        }
        String method = seen.articleId().equals(candidate.getId()) ? SAME_URL : EXACT_COPY;
        return Optional.of(notice(candidate, seen.articleId(), seen.url(), 1.0, method));
    }

    /** The candidate as revision 1, or as the next revision of the URL's article. */
    public static Article byUrl(Article candidate, SeenUrl seen) {
        Objects.requireNonNull(candidate, "candidate");
        if (seen == null) {
            return candidate;
        }
        return Article.newBuilder(candidate).setId(seen.articleId()).setRevision(seen.revision() + 1).build();
    }

    /**
     * The URL-stage decision with fetch order enforced: revision 1, the next revision, or, for a
     * candidate fetched before the URL's latest published revision, a {@link #SUPERSEDED} duplicate
     * notice (similarity 0: its content differs from the current revision). Versions of one URL can
     * reach this stage out of order, because they travel through different content-hash partitions;
     * numbering a late, older fetch as the newest revision would make stale content the current one.
     */
    public static StageResult byUrlInFetchOrder(Article candidate, SeenUrl seen) {
        Objects.requireNonNull(candidate, "candidate");
        if (seen != null && candidate.getFetchedAt().toEpochMilli() < seen.eventTime()) {
            return StageResult.of(notice(candidate, seen.articleId(), candidate.getCanonicalUrl(), 0.0, SUPERSEDED));
        }
        return StageResult.of(byUrl(candidate, seen));
    }

    /** A duplicate notice keyed, by contract, by the article id of the duplicate page's URL. */
    public static DuplicateNotice notice(Article candidate, String originalId, String originalUrl, double similarity,
            String method) {
        return DuplicateNotice.newBuilder()
                .setUrl(candidate.getUrl())
                .setDuplicateOf(originalId)
                .setDuplicateOfUrl(originalUrl)
                .setSimilarity(similarity)
                .setMethod(method)
                .setCanonicalUrl(candidate.getCanonicalUrl())
                .setSite(candidate.getSite())
                .setFetchedAt(candidate.getFetchedAt())
                .build();
    }
}
