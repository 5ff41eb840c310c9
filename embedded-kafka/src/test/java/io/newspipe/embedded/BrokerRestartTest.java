package io.newspipe.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart keeps the log directory, ports and cluster id: data written before is readable after. */
class BrokerRestartTest {

    @Test
    void recordsWrittenBeforeARestartAreReadAfterItOnTheSamePort() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String topic = EmbeddedKafka.uniqueName("restart");
            kafka.createTopics(1, topic);
            String bootstrap = kafka.bootstrapServers();
            try (KafkaProducer<String, String> producer =
                         new KafkaProducer<>(kafka.clientProps(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "before")).get();
                kafka.restart(Duration.ofMillis(500));
                assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
                // the same producer reconnects by itself
                producer.send(new ProducerRecord<>(topic, "k", "after")).get();
            }
            assertThat(readAll(kafka, topic, 2)).containsExactly("before", "after");
        }
    }

    private static List<String> readAll(EmbeddedKafka kafka, String topic, int expected) {
        Properties props = kafka.clientProps();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, EmbeddedKafka.uniqueName("restart-reader"));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
