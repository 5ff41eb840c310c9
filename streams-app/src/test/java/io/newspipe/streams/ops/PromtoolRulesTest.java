package io.newspipe.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code promtool check rules} and {@code promtool test rules} over {@code ops/prometheus}: the
 * rules are valid and each alert fires on the input series meant to page and stays quiet on the
 * look-alikes. Skipped only when promtool is not installed (CI installs Debian's prometheus).
 */
class PromtoolRulesTest {
    private static Path promtool() {
        Optional<Path> p = OpsTools.find("promtool");
        assumeTrue(p.isPresent(), "promtool is not installed (apt-get install prometheus)");
        return p.get();
    }

    @Test
    void rulesAreValid() throws Exception {
        OpsTools.Result r = OpsTools.run(OpsTools.root(), 60, promtool().toString(), "check", "rules",
                OpsExpressions.RULES.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS: 5 rules found");
    }

    @Test
    void everyAlertFiresAndStaysQuietAsTheRuleTestsExpect() throws Exception {
        OpsTools.Result r = OpsTools.run(OpsTools.root().resolve("ops/prometheus"), 120, promtool().toString(),
                "test", "rules", "tests/newspipe-alerts.test.yml");
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAFiringAndAQuietCaseInTheRuleTests() throws Exception {
        String tests = Files.readString(OpsTools.root().resolve("ops/prometheus/tests/newspipe-alerts.test.yml"),
                StandardCharsets.UTF_8);
        for (OpsExpressions.Expr rule : OpsExpressions.rules(OpsTools.root().resolve(OpsExpressions.RULES))) {
            String name = rule.source().substring("rule ".length());
            assertThat(tests).as(name).containsPattern("alertname: " + name + "\\s+exp_alerts:\\s+- exp_labels")
                    .containsPattern("alertname: " + name + "\\s+exp_alerts: \\[]");
        }
    }

    @Test
    void aRuleTestExpectingTheWrongOutcomeFails(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        // guards against a promtool invocation that passes whatever the rules do
        String tests = Files.readString(OpsTools.root().resolve("ops/prometheus/tests/newspipe-alerts.test.yml"),
                StandardCharsets.UTF_8).replace("../rules/newspipe-alerts.yml",
                OpsTools.root().resolve(OpsExpressions.RULES).toString())
                .replace("eval_time: 12m\n        alertname: NewspipeLagGrowing\n        exp_alerts:\n          - exp_labels",
                        "eval_time: 10m\n        alertname: NewspipeLagGrowing\n        exp_alerts:\n          - exp_labels");
        Path file = tmp.resolve("wrong.test.yml");
        Files.writeString(file, tests, StandardCharsets.UTF_8);
        OpsTools.Result r = OpsTools.run(tmp, 120, promtool().toString(), "test", "rules", file.toString());
        assertThat(r.exitCode()).as(r.output()).isNotZero();
    }

    @Test
    void prometheusConfigIsValid() throws Exception {
        OpsTools.Result r = OpsTools.run(OpsTools.root().resolve("ops/prometheus"), 60, promtool().toString(),
                "check", "config", "--syntax-only", "prometheus.yml");
        assertThat(r.exitCode()).as(r.output()).isZero();
    }
}
