package io.newspipe.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerPropertiesTest {

    private static final Path DIR = Path.of("/tmp/kafka-test-logs");

    @Test
    void defaultsMakeALoopbackOnlyCombinedNode() {
        Map<String, String> props = new BrokerProperties(9101, 9102, DIR, Map.of()).toMap();

        assertThat(props).containsEntry("process.roles", "broker,controller")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9101,CONTROLLER://127.0.0.1:9102")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9101")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9102")
                .containsEntry("log.dirs", DIR.toString())
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void extrasOverrideDefaultsAndResolvePortPlaceholders() {
        Map<String, String> props = new BrokerProperties(9101, 9102, DIR, Map.of(
                "listeners", "PLAINTEXT://127.0.0.1:${plaintext.port},CONTROLLER://127.0.0.1:${controller.port},"
                        + "SASL_PLAINTEXT://127.0.0.1:9103",
                "sasl.enabled.mechanisms", "SCRAM-SHA-256")).toMap();

        assertThat(props).containsEntry("listeners",
                        "PLAINTEXT://127.0.0.1:9101,CONTROLLER://127.0.0.1:9102,SASL_PLAINTEXT://127.0.0.1:9103")
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-256")
                .containsEntry("process.roles", "broker,controller");
    }
}
