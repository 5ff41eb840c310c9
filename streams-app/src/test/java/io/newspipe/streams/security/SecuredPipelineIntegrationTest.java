package io.newspipe.streams.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.reliability.AppProcess;
import io.newspipe.streams.reliability.Drain;
import io.newspipe.streams.reliability.Feeder;
import io.newspipe.streams.reliability.OutputLedger;
import io.newspipe.streams.reliability.PageCorpus;
import io.newspipe.streams.reliability.ProcessConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streams app over SASL/SCRAM with ACLs: with its own credentials and ACLs on nothing but its own
 * topics, internal topics (prefix = application.id), group and transactional ids, it processes every
 * page end to end; with a wrong password it is refused; its credentials cannot write or read anything
 * else; and its password never appears in its log, even at INFO level where Kafka prints every client
 * configuration.
 */
class SecuredPipelineIntegrationTest {
    private static final String USER = "newspipe-streams";
    private static final String PASSWORD = "s3cret-Pa55-" + Long.toHexString(System.nanoTime());
    private static final String APP_ID = "newspipe-secure-app";
    private static final TopicNames TOPICS = TopicNames.withSuffix(".secure");
    private static final String FOREIGN_TOPIC = "someone-elses.topic";
    private static SecuredBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = SecuredBroker.start();
        broker.kafka().createTopics(3, TOPICS.rawPages(), TOPICS.articles(), TOPICS.duplicates(),
                TOPICS.deadLetters(), FOREIGN_TOPIC);
        broker.createUser(USER, PASSWORD);
        broker.allow(USER, ResourceType.TOPIC, TOPICS.rawPages(), PatternType.LITERAL,
                AclOperation.READ, AclOperation.DESCRIBE);
        for (String out : TOPICS.outputs()) {
            broker.allow(USER, ResourceType.TOPIC, out, PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        // repartition and changelog topics: created, written, read, purged and described by the app
        broker.allow(USER, ResourceType.TOPIC, APP_ID, PatternType.PREFIXED, AclOperation.ALL);
        broker.allow(USER, ResourceType.GROUP, APP_ID, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        broker.allow(USER, ResourceType.TRANSACTIONAL_ID, APP_ID, PatternType.PREFIXED,
                AclOperation.WRITE, AclOperation.DESCRIBE);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private AppProcess app(String password, String instance) {
        Map<String, String> extra = new HashMap<>();
        broker.saslSettings(USER, password).forEach((k, v) -> extra.put("kafka." + k, v));
        Map<String, String> config = new HashMap<>(ProcessConfigs.streams(broker.saslBootstrap(), APP_ID, TOPICS,
                dir.resolve("state-" + instance), 0, extra));
        List<String> jvm = new ArrayList<>(ProcessConfigs.JVM_OPTIONS);
        // INFO everywhere: Kafka prints each client's full configuration at startup
        jvm.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        return new AppProcess(dir.resolve(instance), config, jvm);
    }

    @Test
    void theAppWorksEndToEndWithItsOwnCredentialsAndNeverLogsThePassword() throws Exception {
        PageCorpus corpus = PageCorpus.generate(40, 7);
        try (AppProcess app = app(PASSWORD, "good");
             OutputLedger ledger = new OutputLedger(broker.kafka().bootstrapServers(), TOPICS, Map.of())) {
            app.start();
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).as("log:%n%s", app.log()).isTrue();
            Feeder.feed(broker.kafka().bootstrapServers(), TOPICS.rawPages(), corpus.pages(), Duration.ZERO, Map.of());
            Drain.await(broker.kafka().admin(), APP_ID, TOPICS.rawPages(), ledger, corpus.pages().size(),
                    Duration.ofSeconds(90));
            OutputLedger.Figures f = ledger.figures(corpus.pages());
            assertThat(f.lost()).isZero();
            assertThat(f.doubled()).isZero();
            assertThat(f.outputs()).isEqualTo(corpus.pages().size());

            String log = app.log();
            assertThat(log).as("Kafka logged the client configs, so the check below could fail")
                    .contains("sasl.jaas.config = [hidden]");
            assertThat(log).doesNotContain(PASSWORD);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndNotLoggedEither() throws Exception {
        String wrong = "not-the-" + PASSWORD;
        try (AppProcess app = app(wrong, "wrong")) {
            app.start();
            assertThat(app.awaitRunning(Duration.ofSeconds(20))).as("never RUNNING with a wrong password").isFalse();
            String log = app.log();
            assertThat(log).contains("Authentication failed");
            assertThat(log).doesNotContain(wrong);
        }
        try (Admin mallory = Admin.create(broker.clientProps(USER, wrong))) {
            assertThatThrownBy(() -> mallory.describeCluster().clusterId().get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void noCredentialsAtAllAreRefused() {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.saslBootstrap());
        p.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        p.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "6000");
        try (Admin anonymous = Admin.create(p)) {
            assertThatThrownBy(() -> anonymous.describeCluster().clusterId().get()).isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void theAppsCredentialsCannotTouchAnotherTopicOrGroup() {
        Properties p = broker.clientProps(USER, PASSWORD);
        p.put("max.block.ms", "10000");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(FOREIGN_TOPIC, "k", "v")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.rawPages(), "k", "v")).get())
                    .as("the app reads the raw topic, it does not write it")
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        Properties c = broker.clientProps(USER, PASSWORD);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "not-" + APP_ID);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPICS.rawPages()));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }
}
