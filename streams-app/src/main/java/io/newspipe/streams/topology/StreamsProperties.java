package io.newspipe.streams.topology;

import io.newspipe.streams.config.StreamsAppConfig;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** Kafka Streams properties for a {@link StreamsAppConfig}. Stateless and thread-safe. */
public final class StreamsProperties {
    private StreamsProperties() {
    }

    public static Properties of(StreamsAppConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.numStreamThreads());
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.numStandbyReplicas());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitIntervalMs());
        // The source reads bytes and decodes inside the extract stage, so a bad record becomes a dead
        // letter there; this handler only guards the internal repartition topics.
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        // We have no global stores; opting in now is the Kafka 5.0 behaviour and silences a start-up warning.
        p.put("processing.exception.handler.global.enabled", true);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // ZSTD blocks: lasting dedup state 438 instead of 596 B/article on disk in the bench (docs/performance.md);
        // kafka.rocksdb.config.setter overrides it
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, CompressedStores.class);
        p.putAll(config.kafkaOverrides());
        return p;
    }
}
