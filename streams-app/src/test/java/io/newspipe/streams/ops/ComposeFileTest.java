package io.newspipe.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml: valid for docker-compose 1.29 ({@code config -q}), a health check on every
 * long-running service, and Prometheus and Grafana provisioned from {@code ops/}.
 */
class ComposeFileTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader r = Files.newBufferedReader(OpsTools.root().resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> doc = new Yaml().load(r);
            return (Map<String, Map<String, Object>>) doc.get("services");
        }
    }

    @Test
    void composeConfigIsValid() throws Exception {
        Optional<java.nio.file.Path> dc = OpsTools.find("docker-compose");
        assumeTrue(dc.isPresent(), "docker-compose is not installed");
        OpsTools.Result r = OpsTools.run(OpsTools.root(), 60, dc.get().toString(), "-f", "docker-compose.yml",
                "config", "-q");
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    @Test
    void everyLongRunningServiceHasAHealthCheck() throws IOException {
        services().forEach((name, service) -> {
            // one-shot jobs (topic creation) are checked by service_completed_successfully instead
            if (!"no".equals(String.valueOf(service.get("restart")))) {
                assertThat(service).as(name).containsKey("healthcheck");
            }
        });
        assertThat(services()).containsKeys("prometheus", "grafana", "lag-exporter", "streams-app", "producer");
    }

    @Test
    void prometheusAndGrafanaAreProvisionedFromOps() throws IOException {
        List<?> promVolumes = (List<?>) services().get("prometheus").get("volumes");
        assertThat(promVolumes.toString()).contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml",
                "./ops/prometheus/rules:/etc/prometheus/rules");
        List<?> grafanaVolumes = (List<?>) services().get("grafana").get("volumes");
        assertThat(grafanaVolumes.toString()).contains("./ops/grafana/provisioning:/etc/grafana/provisioning",
                "./ops/grafana/dashboards:/var/lib/grafana/dashboards");
        for (String file : List.of("ops/prometheus/prometheus.yml", "ops/grafana/dashboards/newspipe.json",
                "ops/grafana/provisioning/datasources/prometheus.yml", "ops/grafana/provisioning/dashboards/newspipe.yml")) {
            assertThat(OpsTools.root().resolve(file)).exists();
        }
    }
}
