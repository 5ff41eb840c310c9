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
                .containsEntry("processing.guarantee", "exactly_once_v2");
    }

    @Test
    void environmentOverridesTheTuning() {
        StreamsAppConfig config = ConfigLoader.load(null, Map.of("NEWSPIPE_KAFKA_PRODUCER_BATCH_SIZE", "16384"));
        assertThat(StreamsProperties.of(config)).containsEntry("producer.batch.size", "16384");
    }
}
