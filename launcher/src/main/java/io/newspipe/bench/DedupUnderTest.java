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
}
