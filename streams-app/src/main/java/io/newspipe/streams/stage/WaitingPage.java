package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
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
        return Article.newBuilder(candidate).setContentHash(contentHash).setFingerprint(fingerprint).build();
    }
}
