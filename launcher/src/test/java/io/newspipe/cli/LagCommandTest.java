package io.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.embedded.EmbeddedKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code ./newspipe lag} against the embedded broker: a group that committed 10 of 30 records on
 * partition 0 and nothing on partition 1 (10 more records) shows lag 20 and 10, a time lag from the
 * records' timestamps, as JSON, as a table, and refreshing with a clear screen.
 */
class LagCommandTest {
    private static final long RECORD_TIME = System.currentTimeMillis() - 60_000;
    private static EmbeddedKafka kafka;
    private static String topic;
    private static String group;

    @BeforeAll
    static void groupWithLag() throws Exception {
        kafka = EmbeddedKafka.shared();
        topic = EmbeddedKafka.uniqueName("lag-raw");
        group = EmbeddedKafka.uniqueName("lag-group");
        kafka.createTopics(2, topic);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(kafka.clientProps(), new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < 30; i++) {
                p.send(new ProducerRecord<>(topic, 0, RECORD_TIME + i * 1000L, "k" + i, "v" + i));
            }
            for (int i = 0; i < 10; i++) {
                p.send(new ProducerRecord<>(topic, 1, RECORD_TIME + i * 1000L, "k" + i, "v" + i));
            }
            p.flush();
        }
        Properties c = kafka.clientProps();
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(10)));
        }
    }

    private static String run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        LagCommand command = new LagCommand().withOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute(concat(args));
        assertThat(code).isZero();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String[] concat(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--bootstrap-servers", kafka.bootstrapServers(),
                "--group", group, "--topic", topic, "--interval", "200ms"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void onceAsJsonGivesLagAndTimeLagPerPartition() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("--once", "--json").strip());
        assertThat(json.path("group").asText()).isEqualTo(group);
        assertThat(json.path("total_lag").asLong()).isEqualTo(30);
        JsonNode p0 = json.path("partitions").get(0);
        JsonNode p1 = json.path("partitions").get(1);
        assertThat(p0.path("committed_offset").asLong()).isEqualTo(10);
        assertThat(p0.path("end_offset").asLong()).isEqualTo(30);
        assertThat(p0.path("lag").asLong()).isEqualTo(20);
        assertThat(p1.path("committed_offset").asLong()).isEqualTo(-1);
        assertThat(p1.path("lag").asLong()).isEqualTo(10);
        // the oldest unprocessed record of partition 0 is the one at offset 10, written at RECORD_TIME + 10 s
        double expected = (System.currentTimeMillis() - (RECORD_TIME + 10_000)) / 1000.0;
        assertThat(p0.path("time_lag_seconds").asDouble()).isBetween(expected - 30, expected + 0.5);
        assertThat(p1.path("time_lag_seconds").asDouble()).isGreaterThan(p0.path("time_lag_seconds").asDouble());
        // nothing is consumed and nothing produced between the readings: rates 0, not draining
        assertThat(json.path("consume_per_second").asDouble()).isZero();
        assertThat(json.path("drain_seconds").isNull()).isTrue();
        assertThat(json.path("draining").asBoolean()).isFalse();
    }

    @Test
    void onceAsTableShowsEveryPartitionAndTheTotals() {
        String out = run("--once");
        assertThat(out).doesNotContain("\033[");
        assertThat(out).contains("group " + group).contains("TOPIC").contains("TIME LAG")
                .contains("total lag 30").contains("drain not draining");
        assertThat(out.lines().filter(l -> l.startsWith(topic))).hasSize(2);
    }

    @Test
    void refreshingModeClearsTheScreenOnEveryReading() {
        String out = run("--count", "3");
        assertThat(out.split("\033\\[H\033\\[2J", -1)).hasSize(4);
        assertThat(out).contains("total lag 30");
    }

    @Test
    void helpNamesTheOptions() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new CommandLine(new Main()).setOut(new java.io.PrintWriter(buffer, true, StandardCharsets.UTF_8))
                .execute("lag", "--help");
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("--bootstrap-servers", "--group", "--once",
                "--json", "--serve", "newspipe-streams");
    }
}
