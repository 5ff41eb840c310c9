package io.newspipe.streams.dedup;

import java.util.Objects;

/**
 * Same-URL decision: a page whose canonical URL was seen before is a {@code same_url} duplicate when its
 * normalised body text ({@link DedupText}) hashes the same, and the next revision of the same article
 * otherwise. Content is compared on normalised body text only, so a changed ad, share line or time stamp
 * is not a revision. Stateless and thread-safe.
 */
public final class RevisionDecider {

    /** What happens to a page. */
    public enum Outcome {
        /** Never seen: run near-duplicate detection, then store the state. */
        NEW_ARTICLE,
        /** Seen with the same normalised body: a {@code same_url} duplicate notice. */
        SAME_URL_DUPLICATE,
        /** An article seen with another body: the same id with the next revision. */
        REVISION,
        /** A page recorded as a duplicate (or still pending) whose body changed: decide again as a new page. */
        RECHECK
    }

    /** The decision and the state to store afterwards ({@code next} equals {@code previous} for duplicates). */
    public record Decision(Outcome outcome, int revision, ArticleState next) {
        public Decision {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * Decides for a page with {@code fingerprint}, given the stored state of its canonical URL
     * ({@code null} when never seen or expired).
     */
    public Decision decide(ArticleState previous, Fingerprint fingerprint, long eventTimeMillis, String canonicalUrl) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        if (previous == null) {
            return new Decision(Outcome.NEW_ARTICLE, 1, ArticleState.first(eventTimeMillis, fingerprint, canonicalUrl));
        }
        if (previous.contentHash64() == fingerprint.contentHash64()) {
            return new Decision(Outcome.SAME_URL_DUPLICATE, previous.revision(), previous);
        }
        if (previous.status() != ArticleState.Status.ORIGINAL) {
            ArticleState recheck = new ArticleState(previous.eventTimeMillis(), fingerprint.contentHash64(), 1,
                    fingerprint.signature(), previous.canonicalUrl(), previous.status(), previous.duplicateOfIdHash());
            return new Decision(Outcome.RECHECK, 1, recheck);
        }
        int revision = previous.revision() + 1;
        // The signature of the first version stays: near-duplicate matching keys on the original text.
        ArticleState next = new ArticleState(previous.eventTimeMillis(), fingerprint.contentHash64(), revision,
                previous.signature(), previous.canonicalUrl());
        return new Decision(Outcome.REVISION, revision, next);
    }
}
