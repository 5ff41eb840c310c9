package io.newspipe.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpsExpressionsTest {
    @Test
    void comparisonsBecomeBoolOutsideMatchersAndStrings() {
        assertThat(OpsExpressions.withBoolComparisons("sum(x{a!=\"b\",c=~\"d>e\"}) > 1000 and y >= 0"))
                .isEqualTo("sum(x{a!=\"b\",c=~\"d>e\"}) > bool 1000 and y >= bool 0");
        assertThat(OpsExpressions.withBoolComparisons("min(up) == 0")).isEqualTo("min(up) == bool 0");
        assertThat(OpsExpressions.withBoolComparisons("a > bool 1")).isEqualTo("a > bool 1");
        assertThat(OpsExpressions.withBoolComparisons("rate(x[5m])")).isEqualTo("rate(x[5m])");
    }

    @Test
    void variablesAreSubstitutedAndUnknownOnesRejected() {
        assertThat(OpsExpressions.substitute("rate(x{group=~\"$group\"}[$__rate_interval]) + ${group}",
                Map.of("group", ".+", "__rate_interval", "30s"))).isEqualTo("rate(x{group=~\".+\"}[30s]) + .+");
        assertThatThrownBy(() -> OpsExpressions.substitute("x{a=\"$nope\"}", Map.of()))
                .hasMessageContaining("$nope");
        assertThat(OpsExpressions.variablesIn("a{b=\"$x\"} / ${y}")).containsExactly("x", "y");
    }
}
