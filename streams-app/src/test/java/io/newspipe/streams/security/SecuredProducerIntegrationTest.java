package io.newspipe.streams.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.RawPage;
import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.producer.publish.KafkaPagePublisher;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.streams.config.TopicNames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The producer over SASL/SCRAM with ACLs: with its own credentials, allowed to write only the raw
 * pages and dead-letter topics, it publishes; with a wrong password nothing reaches the broker; its
 * credentials cannot write the streams app's output topics.
 */
class SecuredProducerIntegrationTest {
    private static final String USER = "newspipe-producer";
    private static final String PASSWORD = "pr0ducer-" + Long.toHexString(System.nanoTime());
    private static final TopicNames TOPICS = TopicNames.withSuffix(".secure-producer");
    private static SecuredBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = SecuredBroker.start();
        broker.kafka().createTopics(1, TOPICS.rawPages(), TOPICS.articles(), TOPICS.deadLetters());
        broker.createUser(USER, PASSWORD);
        for (String topic : List.of(TOPICS.rawPages(), TOPICS.deadLetters())) {
            broker.allow(USER, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE,
                    AclOperation.DESCRIBE);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static ProducerConfig config(String password) {
        Map<String, String> kafka = new HashMap<>(broker.saslSettings(USER, password));
        kafka.put("max.block.ms", "8000");
        kafka.put("delivery.timeout.ms", "8000");
        kafka.put("request.timeout.ms", "4000");
        ProducerConfig base = ProducerConfig.of(broker.saslBootstrap());
        return new ProducerConfig(base.bootstrapServers(), base.sources(), base.stateDir(), base.maxPageBytes(),
                base.clientId(), base.metricsPort(), kafka);
    }

    private static RawPage page(int i) {
        return RawPage.newBuilder().setUrl("https://secure.example/" + i).setFetchedAt(Instant.EPOCH)
                .setHttpStatus(200).setContentType("text/html").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(("<p>page " + i + "</p>").getBytes(StandardCharsets.UTF_8)))
                .setSource("test").setSite(null).setCrawlMetadata(Map.of()).build();
    }

    private static long endOffset(String topic) throws Exception {
        return broker.kafka().admin().listOffsets(Map.of(new TopicPartition(topic, 0), OffsetSpec.latest()))
                .all().get(10, TimeUnit.SECONDS).values().iterator().next().offset();
    }

    @Test
    void theProducerPublishesWithItsOwnCredentials() throws Exception {
        long before = endOffset(TOPICS.rawPages());
        try (KafkaPagePublisher publisher = new KafkaPagePublisher(config(PASSWORD), ProducerMetrics.simple(),
                TOPICS.rawPages(), TOPICS.deadLetters())) {
            for (int i = 0; i < 10; i++) {
                publisher.page("https://secure.example/" + i, page(i));
            }
            publisher.flush();
        }
        assertThat(endOffset(TOPICS.rawPages()) - before).isEqualTo(10);
    }

    @Test
    void aWrongPasswordPublishesNothing() throws Exception {
        long before = endOffset(TOPICS.rawPages());
        try (KafkaPagePublisher publisher = new KafkaPagePublisher(config("wrong-" + PASSWORD),
                ProducerMetrics.simple(), TOPICS.rawPages(), TOPICS.deadLetters())) {
            publisher.page("https://secure.example/x", page(99));
            publisher.flush();
        }
        assertThat(endOffset(TOPICS.rawPages())).isEqualTo(before);
    }

    @Test
    void theProducersCredentialsCannotWriteTheArticlesTopic() throws Exception {
        Properties p = broker.clientProps(USER, PASSWORD);
        p.put("max.block.ms", "8000");
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(p,
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> producer.send(
                    new org.apache.kafka.clients.producer.ProducerRecord<>(TOPICS.articles(), "k", "v"))
                    .get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
        }
    }
}
