package io.newspipe.streams.stage;

import io.newspipe.streams.dedup.DedupMessage;

/**
 * Where the partitioned dedup puts what it produces: decided pages (exactly one result per page) and
 * protocol messages for other partitions. The topology forwards them to the output branches and to the
 * protocol topic. Not thread-safe.
 */
public interface DedupOutbox {
    /**
     * A page's final dedup result, keyed by its article id, with the page's record timestamp and the opaque
     * bytes the adapter handed in with the page ({@code carry}, e.g. its record headers).
     */
    void emit(String articleId, StageResult result, long timestamp, byte[] carry);

    /** A message for the partition owning {@link DedupMessage#routingKey()}. */
    void send(DedupMessage message);
}
