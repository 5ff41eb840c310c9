package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.streams.stage.StageResult;

/**
 * The dedup logic the offline cost split ({@link StageCosts}) and {@code benchmarks/} time, free of
 * Kafka types: {@link InMemoryDedup}, the topology's whole dedup stage (same URL and revisions, exact
 * copies, MinHash near-duplicates) over in-memory maps; RocksDB and changelog costs are measured end to
 * end only. Implementations are stateful and not thread-safe: one per pass.
 */
public interface DedupUnderTest {
    /** Decides on one extracted candidate: the article (maybe as a revision) or a duplicate notice. */
    StageResult apply(Article candidate);

    /**
     * As {@link #apply(Article)}, with the bytes the candidate was decoded from, as the topology's dedup
     * task has them (read from the dedup input topic); implementations may ignore them.
     */
    default StageResult apply(Article candidate, byte[] encoded) {
        return apply(candidate);
    }
}
