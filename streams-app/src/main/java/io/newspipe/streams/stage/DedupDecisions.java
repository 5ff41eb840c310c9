package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;

/** Dedup methods and the duplicate notice they produce. Stateless and thread-safe. */
public final class DedupDecisions {
    public static final String SAME_URL = "same_url";
    public static final String EXACT_COPY = "exact_copy";
    public static final String NEAR_DUPLICATE = "near_duplicate";

    private DedupDecisions() {
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
