package io.newspipe.streams.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.config.StreamsAppConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupProtocolTopicTest {
    @Test
    void createsTheTopicWithDedupPartitionsAndAcceptsItOnTheNextStart() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        StreamsAppConfig config = StreamsAppConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                .withApplicationId(EmbeddedKafka.uniqueName("protocol")).withDedupPartitions(3);

        DedupProtocolTopic.ensure(kafka.admin(), config);
        DedupProtocolTopic.ensure(kafka.admin(), config);

        assertThat(kafka.admin().describeTopics(List.of(config.dedupProtocolTopic())).allTopicNames().get()
                .get(config.dedupProtocolTopic()).partitions()).hasSize(3);
    }

    @Test
    void failsFastWhenTheTopicHasAnotherPartitionCount() {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        StreamsAppConfig config = StreamsAppConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                .withApplicationId(EmbeddedKafka.uniqueName("protocol"));
        kafka.createTopics(2, config.dedupProtocolTopic());

        assertThatThrownBy(() -> DedupProtocolTopic.ensure(kafka.admin(), config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has 2 partitions but dedup.partitions is 4");
    }
}
