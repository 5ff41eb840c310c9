package io.newspipe.producer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProducerConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsPropertiesWithEnvironmentOverrides() throws IOException {
        Path file = dir.resolve("producer.properties");
        Files.writeString(file, """
                bootstrap.servers=broker:9092
                sources=sources.yaml
                max.page.bytes=500000
                kafka.security.protocol=SASL_SSL
                """, StandardCharsets.UTF_8);
        ProducerConfig c = ProducerConfig.load(file, Map.of("NEWSPIPE_BOOTSTRAP_SERVERS", "127.0.0.1:39092",
                "NEWSPIPE_STATE_DIR", "/var/lib/newspipe"));
        assertThat(c.bootstrapServers()).isEqualTo("127.0.0.1:39092");
        assertThat(c.sources()).isEqualTo(dir.toAbsolutePath().resolve("sources.yaml"));
        assertThat(c.stateDir()).isEqualTo(Path.of("/var/lib/newspipe"));
        assertThat(c.maxPageBytes()).isEqualTo(500_000);
        assertThat(c.kafka()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(c.clientId()).isEqualTo("newspipe-producer");
        assertThat(c.metricsBind()).isEqualTo("127.0.0.1");
        assertThat(c.metricsAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void metricsBindComesFromTheFileOrTheEnvironmentAndMustBeAnIpLiteral() throws IOException {
        Path file = dir.resolve("producer.properties");
        Files.writeString(file, "metrics.port=9310\nmetrics.bind=0.0.0.0\n", StandardCharsets.UTF_8);
        ProducerConfig fromFile = ProducerConfig.load(file, Map.of());
        assertThat(fromFile.metricsPort()).isEqualTo(9310);
        assertThat(fromFile.metricsBind()).isEqualTo("0.0.0.0");
        assertThat(fromFile.metricsAddress().isAnyLocalAddress()).isTrue();

        Files.writeString(file, "metrics.port=9310\n", StandardCharsets.UTF_8);
        ProducerConfig fromEnv = ProducerConfig.load(file, Map.of("NEWSPIPE_METRICS_BIND", "::"));
        assertThat(fromEnv.metricsAddress().isAnyLocalAddress()).isTrue();
        assertThat(ProducerConfig.of("127.0.0.1:9092").metricsBind()).isEqualTo(ProducerConfig.DEFAULT_METRICS_BIND);

        Files.writeString(file, "metrics.bind=metrics.example.org\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProducerConfig.load(file, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metrics.bind").hasMessageContaining("metrics.example.org");
    }

    @Test
    void unknownKeysAndBadNumbersAreErrors() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "bootstrap.server=x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProducerConfig.load(file, Map.of())).hasMessageContaining("bootstrap.server");
        Files.writeString(file, "max.page.bytes=lots\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProducerConfig.load(file, Map.of())).hasMessageContaining("max.page.bytes");
    }
}
