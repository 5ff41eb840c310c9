package io.newspipe.streams.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.reliability.Drain;
import io.newspipe.streams.reliability.Feeder;
import io.newspipe.streams.reliability.OutputLedger;
import io.newspipe.streams.reliability.PageCorpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SASL/SCRAM over TLS: a key pair made with the JDK's keytool for 127.0.0.1, a broker listener
 * {@code SASL_SSL}, and the streams app configured only through the standard client settings in
 * {@code NEWSPIPE_KAFKA_*} environment variables. It processes every page; a client that does not
 * trust the broker's certificate is refused.
 */
class TlsScramPipelineTest {
    private static final String STORE_PASSWORD = "changeit-" + Long.toHexString(System.nanoTime());
    private static final String USER = "newspipe-streams";
    private static final String PASSWORD = "tls-s3cret";
    @TempDir
    Path dir;

    @Test
    void theAppRunsOverSaslSslWithTheStandardSettingsAndAnUntrustingClientIsRefused() throws Exception {
        Path keystore = dir.resolve("broker.p12");
        Path cert = dir.resolve("broker.crt");
        Path truststore = dir.resolve("truststore.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "broker", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
                "-rfc", "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.toString(), "-storepass", STORE_PASSWORD);

        int tlsPort = EmbeddedKafka.freePort();
        String p = "listener.name.sasl_ssl.";
        Map<String, String> extra = new HashMap<>(Map.of(
                "listeners", "PLAINTEXT://127.0.0.1:${plaintext.port},CONTROLLER://127.0.0.1:${controller.port},"
                        + "SASL_SSL://127.0.0.1:" + tlsPort,
                "advertised.listeners", "PLAINTEXT://127.0.0.1:${plaintext.port},SASL_SSL://127.0.0.1:" + tlsPort,
                "sasl.enabled.mechanisms", SecuredBroker.MECHANISM,
                p + "scram-sha-256.sasl.jaas.config", SecuredBroker.JAAS_MODULE + ";",
                p + "ssl.keystore.location", keystore.toString(),
                p + "ssl.keystore.password", STORE_PASSWORD,
                p + "ssl.key.password", STORE_PASSWORD,
                p + "ssl.keystore.type", "PKCS12"));
        try (EmbeddedKafka kafka = EmbeddedKafka.start(extra)) {
            kafka.admin().alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), PASSWORD))).all().get();
            SecuredBroker.awaitTrue(() -> kafka.admin().describeUserScramCredentials().all().get().containsKey(USER),
                    "credential");
            TopicNames topics = TopicNames.withSuffix(".tls");
            kafka.createTopics(2, topics.rawPages(), topics.articles(), topics.duplicates(), topics.deadLetters());

            Map<String, String> env = new HashMap<>();
            env.put("NEWSPIPE_BOOTSTRAP_SERVERS", "127.0.0.1:" + tlsPort);
            env.put("NEWSPIPE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
            env.put("NEWSPIPE_KAFKA_SASL_MECHANISM", SecuredBroker.MECHANISM);
            env.put("NEWSPIPE_KAFKA_SASL_JAAS_CONFIG",
                    SecuredBroker.JAAS_MODULE + " username=\"" + USER + "\" password=\"" + PASSWORD + "\";");
            env.put("NEWSPIPE_KAFKA_SSL_TRUSTSTORE_LOCATION", truststore.toString());
            env.put("NEWSPIPE_KAFKA_SSL_TRUSTSTORE_PASSWORD", STORE_PASSWORD);
            env.put("NEWSPIPE_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
            StreamsAppConfig config = ConfigLoader.load(null, env).withApplicationId(EmbeddedKafka.uniqueName("tls-app"))
                    .withStateDir(dir.resolve("state")).withTopics(topics).withHttpPort(-1);
            PageCorpus corpus = PageCorpus.generate(30, 11);
            try (StreamsApp app = StreamsApp.start(config);
                 OutputLedger ledger = new OutputLedger(kafka.bootstrapServers(), topics, Map.of())) {
                assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
                Feeder.feed(kafka.bootstrapServers(), topics.rawPages(), corpus.pages(), Duration.ZERO, Map.of());
                Drain.await(kafka.admin(), config.applicationId(), topics.rawPages(), ledger, corpus.pages().size(),
                        Duration.ofSeconds(60));
                OutputLedger.Figures f = ledger.figures(corpus.pages());
                assertThat(f.lost()).isZero();
                assertThat(f.doubled()).isZero();
            }

            Properties untrusting = new Properties();
            untrusting.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + tlsPort);
            untrusting.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
            untrusting.put("sasl.mechanism", SecuredBroker.MECHANISM);
            untrusting.put("sasl.jaas.config",
                    SecuredBroker.JAAS_MODULE + " username=\"" + USER + "\" password=\"" + PASSWORD + "\";");
            untrusting.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            untrusting.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
            try (Admin admin = Admin.create(untrusting)) {
                assertThatThrownBy(() -> admin.describeCluster().clusterId().get())
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(org.apache.kafka.common.errors.SslAuthenticationException.class);
            }
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool %s: %s", args[0], output).isZero();
    }
}
