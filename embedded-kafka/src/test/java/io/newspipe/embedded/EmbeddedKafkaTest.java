package io.newspipe.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaTest {

    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void producesAndConsumesPlainRecordsOnTheSharedBroker() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        String topic = EmbeddedKafka.uniqueName("plain");
        kafka.createTopics(3, topic);

        try (KafkaProducer<String, String> producer = producer(kafka, null)) {
            producer.send(new ProducerRecord<>(topic, "https://example.org/a", "hello")).get();
            producer.send(new ProducerRecord<>(topic, "https://example.org/b", "world")).get();
        }

        List<ConsumerRecord<String, String>> records = consume(kafka, topic, IsolationLevel.READ_UNCOMMITTED, 2);
        assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("https://example.org/a", "hello"),
                        org.assertj.core.groups.Tuple.tuple("https://example.org/b", "world"));
    }

    @Test
    void readCommittedConsumerSeesCommittedTransactionsOnly() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        String topic = EmbeddedKafka.uniqueName("tx");
        kafka.createTopics(1, topic);

        try (KafkaProducer<String, String> producer = producer(kafka, EmbeddedKafka.uniqueName("tx-producer"))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k1", "aborted"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k2", "committed"));
            producer.commitTransaction();
        }

        List<ConsumerRecord<String, String>> committed = consume(kafka, topic, IsolationLevel.READ_COMMITTED, 1);
        assertThat(committed).extracting(ConsumerRecord::value).containsExactly("committed");
        List<ConsumerRecord<String, String>> all = consume(kafka, topic, IsolationLevel.READ_UNCOMMITTED, 2);
        assertThat(all).extracting(ConsumerRecord::value).containsExactly("aborted", "committed");
    }

    @Test
    void createTopicsLeavesExistingTopicsAlone() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        String topic = EmbeddedKafka.uniqueName("exists");
        kafka.createTopics(2, topic);
        kafka.createTopics(5, topic);

        int partitions = kafka.admin().describeTopics(Set.of(topic)).allTopicNames().get()
                .get(topic).partitions().size();
        assertThat(partitions).isEqualTo(2);
    }

    @Test
    void closingTheSharedBrokerDoesNothing() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        kafka.close();
        assertThat(EmbeddedKafka.shared()).isSameAs(kafka);
        assertThat(kafka.admin().describeCluster().clusterId().get()).isEqualTo(kafka.clusterId());
    }

    @Test
    void twoBrokersRunSideBySideAndCloseDeletesTheirDirectories() throws Exception {
        Path firstDir;
        Path secondDir;
        try (EmbeddedKafka first = EmbeddedKafka.start();
             EmbeddedKafka second = EmbeddedKafka.start(Map.of("message.max.bytes", "3000000"))) {
            firstDir = first.logDir();
            secondDir = second.logDir();
            assertThat(first.bootstrapServers()).isNotEqualTo(second.bootstrapServers());
            assertThat(first.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(first.clusterId()).isNotEqualTo(second.clusterId());
            assertThat(first.admin().describeCluster().clusterId().get()).isEqualTo(first.clusterId());
            assertThat(second.admin().describeCluster().clusterId().get()).isEqualTo(second.clusterId());
            assertThat(brokerConfig(second.admin(), "message.max.bytes")).isEqualTo("3000000");
            assertThat(brokerConfig(first.admin(), "auto.create.topics.enable")).isEqualTo("false");
            assertThat(Files.isDirectory(firstDir)).isTrue();
        }
        assertThat(firstDir.getParent()).doesNotExist();
        assertThat(secondDir.getParent()).doesNotExist();
    }

    private static String brokerConfig(Admin admin, String key) throws Exception {
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER,
                Integer.toString(BrokerProperties.NODE_ID));
        Config config = admin.describeConfigs(Set.of(broker)).all().get().get(broker);
        return config.get(key).value();
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka kafka, String transactionalId) {
        Properties props = kafka.clientProps();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        if (transactionalId != null) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> consume(EmbeddedKafka kafka, String topic,
                                                                IsolationLevel isolation, int expected) {
        Properties props = kafka.clientProps();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, EmbeddedKafka.uniqueName("group"));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + POLL_TIMEOUT.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // one more short poll: a record beyond the expected count (e.g. an aborted one) must show up here
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }
}
