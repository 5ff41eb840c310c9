package io.newspipe.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {
    @Test
    void defaultsCarryTheMeasuredClientTuning() {
        Properties p = StreamsProperties.of(StreamsAppConfig.defaults());
        assertThat(p).containsEntry("producer.batch.size", "262144")
                .containsEntry("buffered.records.per.partition", "100")
                .containsEntry("poll.ms", "20")
                .containsEntry("processing.guarantee", "exactly_once_v2");
    }

    @Test
    void environmentOverridesTheTuning() {
        StreamsAppConfig config = ConfigLoader.load(null, Map.of("NEWSPIPE_KAFKA_PRODUCER_BATCH_SIZE", "16384"));
        assertThat(StreamsProperties.of(config)).containsEntry("producer.batch.size", "16384");
    }

    @Test
    void storesAreCompressedUnlessAnotherSetterIsGiven() {
        assertThat(StreamsProperties.of(StreamsAppConfig.defaults()))
                .containsEntry("rocksdb.config.setter", CompressedStores.class);
        StreamsAppConfig config = ConfigLoader.load(null,
                Map.of("NEWSPIPE_KAFKA_ROCKSDB_CONFIG_SETTER", "com.example.OtherSetter"));
        assertThat(StreamsProperties.of(config)).containsEntry("rocksdb.config.setter", "com.example.OtherSetter");
    }

    @Test
    void compressedStoresSetZstd() {
        try (org.rocksdb.Options options = new org.rocksdb.Options()) {
            new CompressedStores().setConfig("dedup-bands", options, Map.of());
            assertThat(options.compressionType()).isEqualTo(org.rocksdb.CompressionType.ZSTD_COMPRESSION);
        }
    }
}
