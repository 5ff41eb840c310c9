package io.newspipe.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Structure of the Grafana dashboard: every panel has a Prometheus datasource and targets with an
 * expression, every variable used is defined, every expression parses (promtool, after variable
 * substitution), the panels the runbook relies on exist, and the provisioning points at them.
 */
class DashboardJsonTest {
    private static final Set<String> BUILT_INS = Set.of("__rate_interval", "__interval", "__range");

    @TempDir
    Path tmp;

    private static JsonNode dashboard() throws IOException {
        return OpsExpressions.dashboard(OpsTools.root());
    }

    @Test
    void everyPanelHasADatasourceAndTargetsWithAnExpression() throws IOException {
        List<JsonNode> panels = OpsExpressions.panels(dashboard());
        Set<Integer> ids = new HashSet<>();
        int graphs = 0;
        for (JsonNode p : panels) {
            String title = p.path("title").asText();
            assertThat(title).isNotBlank();
            assertThat(ids.add(p.path("id").asInt())).as("unique id of " + title).isTrue();
            assertThat(p.path("gridPos").path("w").asInt()).as(title).isPositive();
            if ("row".equals(p.path("type").asText())) {
                continue;
            }
            graphs++;
            assertThat(p.path("datasource").path("type").asText()).as(title).isEqualTo("prometheus");
            assertThat(p.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            assertThat(p.path("targets")).as(title).isNotEmpty();
            Set<String> refIds = new HashSet<>();
            for (JsonNode t : p.path("targets")) {
                assertThat(t.path("expr").asText()).as(title).isNotBlank();
                assertThat(refIds.add(t.path("refId").asText())).as(title + " refId").isTrue();
                assertThat(t.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            }
        }
        assertThat(graphs).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyVariableUsedIsDefinedAndResolves() throws IOException {
        JsonNode d = dashboard();
        Map<String, JsonNode> defined = new java.util.HashMap<>();
        d.path("templating").path("list").forEach(v -> defined.put(v.path("name").asText(), v));
        assertThat(defined.get("datasource").path("type").asText()).isEqualTo("datasource");
        assertThat(defined.get("datasource").path("query").asText()).isEqualTo("prometheus");
        JsonNode group = defined.get("group");
        assertThat(group.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
        assertThat(group.path("query").path("query").asText())
                .isEqualTo("label_values(newspipe_consumer_group_lag, group)");
        for (OpsExpressions.Expr e : OpsExpressions.dashboardTargets(d)) {
            for (String v : OpsExpressions.variablesIn(e.expr())) {
                assertThat(defined.containsKey(v) || BUILT_INS.contains(v)).as(e.source() + " uses $" + v).isTrue();
            }
            // every variable must have a test value, so substitution yields plain PromQL
            assertThat(OpsExpressions.substitute(e.expr(), OpsExpressions.testValues())).doesNotContain("$");
        }
    }

    @Test
    void theDatasourceVariableDefaultsToTheProvisionedDatasource() throws IOException {
        Map<String, Object> ds = yaml(OpsTools.root().resolve("ops/grafana/provisioning/datasources/prometheus.yml"));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) ds.get("datasources")).get(0);
        assertThat(first.get("type")).isEqualTo("prometheus");
        JsonNode current = dashboard().path("templating").path("list").get(0).path("current");
        assertThat(current.path("value").asText()).isEqualTo(first.get("uid"));
        Map<String, Object> providers = yaml(OpsTools.root().resolve("ops/grafana/provisioning/dashboards/newspipe.yml"));
        assertThat(providers.toString()).contains("path=/var/lib/grafana/dashboards");
    }

    @Test
    void thePanelsOpsNeedArePresent() throws IOException {
        Set<String> titles = OpsExpressions.panels(dashboard()).stream().map(p -> p.path("title").asText())
                .collect(Collectors.toSet());
        assertThat(titles).contains("Lag per partition", "Total lag and trend", "Estimated time to drain",
                "Time lag per partition (oldest unprocessed record)", "End-to-end latency", "Records in vs out",
                "Records appended per topic (broker)", "Dedup and dead-letter ratios",
                "Share of articles with title, date, author", "Median body length per site", "Streams client RUNNING",
                "Alive stream threads", "Rebalances", "Targets up", "Scrape duration");
        // no random client ids in queries: Kafka client metrics are aggregated by instance
        for (OpsExpressions.Expr e : OpsExpressions.dashboardTargets(dashboard())) {
            if (e.expr().contains("kafka_")) {
                assertThat(e.expr()).as(e.source()).contains("by (instance)").doesNotContain("client_id");
            }
        }
    }

    @Test
    void everyExpressionParses() throws Exception {
        Optional<Path> promtool = OpsTools.find("promtool");
        assumeTrue(promtool.isPresent(), "promtool is not installed (apt-get install prometheus)");
        JsonNode d = dashboard();
        List<OpsExpressions.Expr> exprs = new java.util.ArrayList<>(OpsExpressions.dashboardTargets(d));
        exprs.addAll(OpsExpressions.variableQueries(d));
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int i = 0;
        for (OpsExpressions.Expr e : exprs) {
            String expr = OpsExpressions.substitute(e.expr(), OpsExpressions.testValues());
            rules.append("      - record: dashboard:expr_").append(i++).append("\n        expr: '")
                    .append(expr.replace("'", "''")).append("'\n");
        }
        Path file = tmp.resolve("dashboard-exprs.yml");
        Files.writeString(file, rules, StandardCharsets.UTF_8);
        OpsTools.Result r = OpsTools.run(tmp, 60, promtool.get().toString(), "check", "rules", file.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS: " + exprs.size() + " rules found");
    }

    @Test
    void aBrokenExpressionIsCaughtByTheParseCheck() throws Exception {
        Optional<Path> promtool = OpsTools.find("promtool");
        assumeTrue(promtool.isPresent(), "promtool is not installed");
        Path file = tmp.resolve("broken.yml");
        Files.writeString(file, "groups:\n  - name: x\n    rules:\n      - record: x:y\n        expr: 'sum by (a (b)'\n");
        assertThat(OpsTools.run(tmp, 60, promtool.get().toString(), "check", "rules", file.toString()).exitCode())
                .isNotZero();
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml().load(r);
        }
    }
}
