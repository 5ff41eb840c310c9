package io.newspipe.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.app.LagExporter;
import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The ops files against reality: the pipeline on the embedded broker, the stand-alone lag exporter,
 * the real producer ({@link LiveProducer}: {@code ProducerService} crawling a {@link LocalNewsSite} on
 * loopback into the test's topics), a feeder adding a steady stream of raw pages with duplicates and
 * dead letters, and Debian's real Prometheus scraping the streams app, the lag exporter and the
 * producer every second. Checks that every PromQL expression of the dashboard and the rules returns
 * data, then stops the streams app while pages keep arriving (the feeder) and waits for the lag alert
 * to fire, restarts the app and waits for it to clear.
 *
 * <p>The lag alert is the production rule with its constants scaled down (threshold 1000 → 20
 * records, deriv window 5m → 15s, {@code for} 5m → 10s), loaded from the production file and
 * rewritten here; the rewrite fails loudly if the rule changes shape. Waiting five real minutes does
 * not fit a CI test; the production constants are covered in simulated time by
 * {@code promtool test rules} ({@link PromtoolRulesTest}).
 */
class PrometheusIntegrationTest {
    private static final Path OUT = Path.of("target", "ops-it");
    private static final int SITE_ARTICLES = 20;

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void everyExpressionReturnsDataAndTheLagAlertFiresWhileTheAppIsStoppedAndClearsAfterRestart() throws Exception {
        Optional<Path> prometheus = PrometheusServer.binary();
        assumeTrue(prometheus.isPresent(), "prometheus is not installed (apt-get install prometheus)");
        Files.createDirectories(OUT);
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        String suffix = "." + EmbeddedKafka.uniqueName("ops");
        TopicNames topics = TopicNames.withSuffix(suffix);
        kafka.createTopics(3, topics.rawPages(), topics.articles(), topics.duplicates(), topics.deadLetters());
        int appPort = PrometheusServer.freePort();
        StreamsAppConfig config = StreamsAppConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                .withApplicationId(EmbeddedKafka.uniqueName("newspipe-ops")).withStateDir(tmp.resolve("state"))
                .withTopics(topics).withThreads(1).withHttpPort(appPort);
        Properties clientProps = new Properties();
        clientProps.put("bootstrap.servers", kafka.bootstrapServers());

        StreamsApp app = StreamsApp.start(config);
        try (LagExporter exporter = new LagExporter(clientProps, config.applicationId(), List.of(topics.rawPages()),
                     List.of(topics.articles(), topics.duplicates(), topics.deadLetters()), 0, Duration.ofSeconds(1));
             LiveProducer producer = LiveProducer.start(kafka, topics, SITE_ARTICLES);
             PrometheusServer prom = PrometheusServer.start(prometheus.get(), tmp,
                     prometheusConfig(appPort, exporter.port(), producer.metricsPort(), scaledRules()));
             RawPageFeeder feeder = new RawPageFeeder(kafka, topics.rawPages(), 10)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();

            List<OpsExpressions.Expr> exprs = expressionsToCheck();
            List<String> missing = waitForData(prom, exprs, Duration.ofSeconds(60));
            save("metrics-streams.txt", httpGet(appPort, "/metrics"));
            save("metrics-lag-exporter.txt", httpGet(exporter.port(), "/metrics"));
            save("metrics-producer.txt", httpGet(producer.metricsPort(), "/metrics"));
            assertThat(missing).as("expressions without data").isEmpty();
            exprs.stream().filter(e -> e.expr().contains("newspipe_producer_"))
                    .forEach(e -> System.out.println("producer expression with data: " + e.source()));
            // the producer's pages went through the pipeline: one article per page of the local site
            awaitTrue(() -> value(prom, "sum(newspipe_extraction_pages_total{site=\"" + LiveProducer.SITE + "\"})")
                    >= SITE_ARTICLES, Duration.ofSeconds(30), "the streams app did not extract the producer's pages");
            assertThat(producer.pagesServed()).isEqualTo(SITE_ARTICLES);
            assertThat(producer.published(topics.rawPages())).isEqualTo(SITE_ARTICLES);
            assertThat(prom.firing("NewspipeLagGrowing")).as("lag alert while the app keeps up").isEmpty();

            long stoppedAt = System.nanoTime();
            app.close();
            awaitTrue(() -> !prom.firing("NewspipeLagGrowing").isEmpty(), Duration.ofSeconds(60),
                    "lag alert did not fire after the app stopped");
            long firedAfter = Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds();
            assertThat(prom.firing("NewspipeStreamsDown")).isNotEmpty();
            System.out.println("lag alert fired " + firedAfter + " s after the app stopped; sent " + feeder.sent());

            long restartedAt = System.nanoTime();
            app = StreamsApp.start(config);
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            awaitTrue(() -> prom.firing("NewspipeLagGrowing").isEmpty(), Duration.ofSeconds(60),
                    "lag alert did not clear after the restart");
            System.out.println("lag alert cleared " + Duration.ofNanos(System.nanoTime() - restartedAt).toSeconds()
                    + " s after the restart");
            awaitTrue(() -> prom.firing("NewspipeStreamsDown").isEmpty(), Duration.ofSeconds(30),
                    "streams-down alert did not clear after the restart");
        } finally {
            app.close();
        }
    }

    /** Dashboard targets, variable queries and rule expressions, with test values for Grafana's variables. */
    private static List<OpsExpressions.Expr> expressionsToCheck() throws IOException {
        Path root = OpsTools.root();
        JsonNode dashboard = OpsExpressions.dashboard(root);
        List<OpsExpressions.Expr> all = new ArrayList<>();
        all.addAll(OpsExpressions.dashboardTargets(dashboard));
        all.addAll(OpsExpressions.variableQueries(dashboard));
        all.addAll(OpsExpressions.rules(root.resolve(OpsExpressions.RULES)));
        List<OpsExpressions.Expr> checked = new ArrayList<>();
        for (OpsExpressions.Expr e : all) {
            String q = OpsExpressions.withBoolComparisons(OpsExpressions.substitute(e.expr(), OpsExpressions.testValues()));
            checked.add(new OpsExpressions.Expr(e.source(), q));
        }
        assertThat(checked).hasSizeGreaterThan(20);
        assertThat(checked).as("producer expressions").anyMatch(e -> e.expr().contains("newspipe_producer_"));
        return checked;
    }

    /** The first sample's value of an instant query, NaN without data. */
    private static double value(PrometheusServer prom, String expr) throws IOException, InterruptedException {
        JsonNode result = prom.query(expr);
        return result.isEmpty() ? Double.NaN : result.get(0).path("value").get(1).asDouble();
    }

    private static List<String> waitForData(PrometheusServer prom, List<OpsExpressions.Expr> exprs, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> missing = new ArrayList<>();
        do {
            missing.clear();
            for (OpsExpressions.Expr e : exprs) {
                if (prom.query(e.expr()).isEmpty()) {
                    missing.add(e.source() + ": " + e.expr());
                }
            }
            if (missing.isEmpty()) {
                return missing;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < deadline);
        return missing;
    }

    /** The production rules with the lag and streams-down alerts' constants scaled to seconds. */
    @SuppressWarnings("unchecked")
    private static String scaledRules() throws IOException {
        Map<String, Object> doc;
        try (var r = Files.newBufferedReader(OpsTools.root().resolve(OpsExpressions.RULES), StandardCharsets.UTF_8)) {
            doc = new Yaml().load(r);
        }
        int scaled = 0;
        for (Map<String, Object> group : (List<Map<String, Object>>) doc.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                if ("NewspipeLagGrowing".equals(rule.get("alert"))) {
                    String expr = (String) rule.get("expr");
                    String fast = expr.replace("(newspipe_consumer_group_lag)) > 1000", "(newspipe_consumer_group_lag)) > 20")
                            .replace("deriv(newspipe_consumer_group_lag[5m])", "deriv(newspipe_consumer_group_lag[15s])");
                    assertThat(fast).as("lag rule changed shape; update the scaling").doesNotContain("1000", "[5m]");
                    assertThat(rule.get("for")).isEqualTo("5m");
                    rule.put("expr", fast);
                    rule.put("for", "10s");
                    scaled++;
                } else if ("NewspipeStreamsDown".equals(rule.get("alert"))) {
                    rule.put("for", "5s");
                    scaled++;
                }
            }
        }
        assertThat(scaled).isEqualTo(2);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        StringWriter w = new StringWriter();
        new Yaml(options).dump(doc, w);
        return w.toString();
    }

    private String prometheusConfig(int appPort, int exporterPort, int producerPort, String rules)
            throws IOException {
        Path rulesFile = tmp.resolve("rules-scaled.yml");
        Files.writeString(rulesFile, rules, StandardCharsets.UTF_8);
        return """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                  - job_name: newspipe-streams
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                  - job_name: newspipe-lag
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                  - job_name: newspipe-producer
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(rulesFile, appPort, exporterPort, producerPort);
    }

    private static void awaitTrue(CheckedCondition condition, Duration timeout, String message) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(message + " within " + timeout.toSeconds() + " s");
    }

    private interface CheckedCondition {
        boolean test() throws Exception;
    }

    private static String httpGet(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private static void save(String name, String text) throws IOException {
        Files.writeString(OUT.resolve(name), text, StandardCharsets.UTF_8);
    }
}
