package io.newspipe.streams.stage;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.BandSide;
import io.newspipe.streams.dedup.DuplicateOf;
import io.newspipe.streams.dedup.PendingWork;
import java.util.List;

/**
 * The state one partition of the partitioned dedup reads and writes, keyed by 8-byte hashes: the
 * articles whose home it is (original or pending), URLs judged duplicates, band and content lists of the
 * keys it owns, and the pending articles' bookkeeping and pages. Implemented by Kafka Streams state stores
 * in the topology and by maps in tests; free of Kafka types. Not thread-safe.
 */
public interface PartitionedDedupState extends BandSide.Lists {
    /** The original or pending article with this id hash, or null. */
    ArticleState article(long articleIdHash);

    void putArticle(long articleIdHash, ArticleState state);

    void deleteArticle(long articleIdHash);

    /** For a URL whose page was a duplicate: what it duplicated, or null. */
    DuplicateOf duplicateOf(long articleIdHash);

    void putDuplicateOf(long articleIdHash, DuplicateOf duplicate);

    /** The bookkeeping of a pending article, or null. */
    PendingWork pending(long articleIdHash);

    void putPending(long articleIdHash, PendingWork work);

    void deletePending(long articleIdHash);

    /** The pages waiting for a pending article's decision: the article itself, then same-URL refetches. */
    List<WaitingPage> waiting(long articleIdHash);

    void putWaiting(long articleIdHash, List<WaitingPage> pages);

    void deleteWaiting(long articleIdHash);
}
