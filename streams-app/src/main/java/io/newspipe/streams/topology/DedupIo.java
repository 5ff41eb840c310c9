package io.newspipe.streams.topology;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.HomePartitions;
import io.newspipe.streams.stage.StageResult;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * The records entering and leaving the dedup processor, and the partitioner of its two input topics.
 * Immutable and thread-safe.
 */
final class DedupIo {
    private DedupIo() {
    }

    /** An input of the dedup processor: an article candidate, or a protocol message's bytes. */
    record In(Article article, byte[] message) {
        static In article(Article article) {
            return new In(article, null);
        }

        static In message(byte[] message) {
            return new In(null, message);
        }
    }

    /** An output: a decided page's result keyed by its article id, or a protocol message's bytes. */
    record Out(String resultKey, StageResult result, byte[] message) {
        static Out result(String key, StageResult result) {
            return new Out(key, result, null);
        }

        static Out message(byte[] message) {
            return new Out(null, null, message);
        }

        boolean isMessage() {
            return message != null;
        }
    }

    /**
     * Sends a record keyed by an 8-byte hash to {@link HomePartitions#of}, for the dedup input topic and
     * the protocol topic alike, so both agree on which task owns a key.
     */
    static final class HomePartitioner<V> implements StreamPartitioner<Long, V> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, Long key, V value, int numPartitions) {
            return Optional.of(Set.of(HomePartitions.of(key, numPartitions)));
        }
    }
}
