package io.newspipe.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    @Test
    void dedupPartitionsDefaultToFourAndTheEnvironmentOverridesThem() {
        assertThat(StreamsAppConfig.defaults().dedupPartitions()).isEqualTo(4);
        assertThat(ConfigLoader.envName("dedup.partitions")).isEqualTo("NEWSPIPE_DEDUP_PARTITIONS");
        StreamsAppConfig eight = ConfigLoader.load(null, Map.of("NEWSPIPE_DEDUP_PARTITIONS", "8"));
        assertThat(eight.dedupPartitions()).isEqualTo(8);
        assertThat(eight.withDedupPartitions(2).dedupPartitions()).isEqualTo(2);
    }

    @Test
    void aDedupPartitionCountBelowOneIsRefusedWithTheKeysName() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSPIPE_DEDUP_PARTITIONS", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedup.partitions");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSPIPE_DEDUP_PARTITIONS", "four")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedup.partitions");
    }

    @Test
    void theProtocolTopicIsNamedAfterTheApplicationId() {
        assertThat(StreamsAppConfig.defaults().withApplicationId("news-eu").dedupProtocolTopic())
                .isEqualTo("news-eu-dedup-protocol");
    }

    @Test
    void theDeprecatedTagPartitionsKeyStillLoads() {
        assertThat(ConfigLoader.load(null, Map.of("NEWSPIPE_TAG_PARTITIONS", "6")).tagPartitions()).isEqualTo(6);
    }
}
