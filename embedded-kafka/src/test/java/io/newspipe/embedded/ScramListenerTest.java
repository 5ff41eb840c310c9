package io.newspipe.embedded;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The extra-properties route later tests use for a SASL/SCRAM listener beside PLAINTEXT. */
class ScramListenerTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required";

    @Test
    void scramListenerAcceptsTheRightPasswordOnly() throws Exception {
        int saslPort = EmbeddedKafka.freePort();
        Map<String, String> extra = Map.of(
                "listeners", "PLAINTEXT://127.0.0.1:${plaintext.port},CONTROLLER://127.0.0.1:${controller.port},"
                        + "SASL_PLAINTEXT://127.0.0.1:" + saslPort,
                "advertised.listeners", "PLAINTEXT://127.0.0.1:${plaintext.port},SASL_PLAINTEXT://127.0.0.1:" + saslPort,
                "sasl.enabled.mechanisms", "SCRAM-SHA-256",
                "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", JAAS + ";");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(extra)) {
            kafka.admin().alterUserScramCredentials(List.of(new UserScramCredentialUpsertion("alice",
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), "alice-secret"))).all().get();
            awaitCredentialOnBroker(kafka.admin());

            try (Admin alice = Admin.create(saslProps(saslPort, "alice-secret"))) {
                assertThat(alice.describeCluster().clusterId().get()).isEqualTo(kafka.clusterId());
            }
            try (Admin mallory = Admin.create(saslProps(saslPort, "wrong"))) {
                assertThatThrownBy(() -> mallory.describeCluster().clusterId().get())
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    /** The controller acknowledges the upsert before the broker's metadata image carries it. */
    private static void awaitCredentialOnBroker(Admin admin) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!admin.describeUserScramCredentials().all().get().containsKey("alice")) {
            assertThat(System.nanoTime()).as("alice's credential reaches the broker").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static Properties saslProps(int port, String password) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        props.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-256");
        props.put(SaslConfigs.SASL_JAAS_CONFIG,
                JAAS + " username=\"alice\" password=\"" + password + "\";");
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return props;
    }
}
