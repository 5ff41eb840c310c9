package io.newspipe.streams.topology;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.HomePartitions;
import io.newspipe.streams.stage.StageResult;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * The records entering and leaving the dedup processor, and the partitioner of its two input topics.
 * Immutable and thread-safe.
 */
final class DedupIo {
    private DedupIo() {
    }

    /**
     * An article candidate on the dedup input topic and, once read back, the bytes it was decoded from (a
     * page that must wait for its decision is kept as those bytes, not encoded again).
     */
    record Candidate(Article article, byte[] bytes) {
        static Candidate of(Article article) {
            return new Candidate(article, null);
        }
    }

    /** The serde of {@link Candidate}s: the article's Avro encoding; decoding keeps the bytes. */
    static Serde<Candidate> candidateSerde(Serde<Article> articles) {
        Serializer<Article> serializer = articles.serializer();
        Deserializer<Article> deserializer = articles.deserializer();
        return Serdes.serdeFrom(
                (topic, candidate) -> candidate == null ? null : serializer.serialize(topic, candidate.article()),
                (topic, bytes) -> bytes == null ? null
                        : new Candidate(deserializer.deserialize(topic, bytes), bytes));
    }

    /** An input of the dedup processor: an article candidate (with its bytes), or a protocol message's bytes. */
    record In(Article article, byte[] articleBytes, byte[] message) {
        static In candidate(Candidate candidate) {
            return new In(candidate.article(), candidate.bytes(), null);
        }

        static In message(byte[] message) {
            return new In(null, null, message);
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
