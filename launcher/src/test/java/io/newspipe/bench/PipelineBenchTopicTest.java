package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.embedded.EmbeddedKafka;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/** The bench's raw topic takes the largest batch its publisher may send, on a real embedded broker. */
class PipelineBenchTopicTest {
    @Test
    void theRawTopicAcceptsRequestSizedBatches() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String topic = EmbeddedKafka.uniqueName("raw");
            kafka.createTopics(1, topic);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);

            String before = maxMessageBytes(kafka, resource);
            PipelineBench.allowRequestSizedBatches(kafka.admin(), topic);

            assertThat(Integer.parseInt(before)).isLessThan(PagePublisher.MAX_REQUEST_BYTES);
            assertThat(maxMessageBytes(kafka, resource)).isEqualTo(Integer.toString(PagePublisher.MAX_REQUEST_BYTES));
        }
    }

    private static String maxMessageBytes(EmbeddedKafka kafka, ConfigResource resource) throws Exception {
        return kafka.admin().describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
                .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value();
    }
}
