package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.streams.stage.StageResult;

/**
 * HOOK(dedup benchmark): the dedup logic the offline cost split ({@link StageCosts}) times, free of
 * Kafka types. Today it is {@link ExactAndUrlDedup}, the topology's exact-content and same-URL
 * decisions over an in-memory map (RocksDB and changelog costs are measured end to end only). When
 * the near-duplicate dedup of issue 4 (fingerprinting, MinHash/LSH) lands, implement this over its
 * Kafka-free index and pass it to {@link StageCosts}; {@code benchmarks/}' {@code DedupBenchmark}
 * uses the same hook. Implementations are stateful and not thread-safe: one per pass.
 */
public interface DedupUnderTest {
    /** Decides on one extracted candidate: the article (maybe as a revision) or a duplicate notice. */
    StageResult apply(Article candidate);
}
