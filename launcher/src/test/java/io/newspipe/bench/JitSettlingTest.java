package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JitSettlingTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong compiled = new AtomicLong();

    /** One pass of one second of the measuring thread's CPU during which the compilers spent {@code compileMillis}. */
    private boolean pass(JitSettling s, int index, long compileMillis) {
        s.passStarts(index * SECOND);
        compiled.addAndGet(compileMillis);
        return s.passEnds((index + 1) * SECOND);
    }

    @Test
    void warmUpEndsAfterTwoQuietPassesInARow() {
        JitSettling s = new JitSettling(new JitSettling.Policy(0.01, 2, 40), compiled::get);

        assertThat(pass(s, 0, 800)).isFalse();
        assertThat(pass(s, 1, 5)).isFalse();
        assertThat(pass(s, 2, 300)).as("a busy pass restarts the count").isFalse();
        assertThat(pass(s, 3, 10)).isFalse();
        assertThat(pass(s, 4, 0)).isTrue();
        assertThat(s.settled()).isTrue();
        assertThat(s.passes()).isEqualTo(5);
    }

    @Test
    void theCapEndsAWarmUpThatNeverGoesQuietAndSaysSo() {
        JitSettling s = new JitSettling(new JitSettling.Policy(0.01, 2, 3), compiled::get);

        assertThat(pass(s, 0, 500)).isFalse();
        assertThat(pass(s, 1, 500)).isFalse();
        assertThat(pass(s, 2, 11)).isTrue();
        assertThat(s.settled()).isFalse();
        assertThat(s.passes()).isEqualTo(3);
    }

    @Test
    void quietIsMeasuredAgainstThePassLength() {
        JitSettling s = new JitSettling(new JitSettling.Policy(0.01, 1, 10), compiled::get);
        s.passStarts(0);
        compiled.addAndGet(15);
        assertThat(s.passEnds(2 * SECOND)).as("15 ms of compilation in a pass of 2 CPU-s is under 1 %").isTrue();
    }

    @Test
    void anotherCapKeepsTheRestOfThePolicy() {
        JitSettling.Policy d = JitSettling.DEFAULT;
        assertThat(d.withMaxPasses(1)).isEqualTo(new JitSettling.Policy(d.quietFraction(), d.quietInARow(), 1));
    }

    @Test
    void aNonsensePolicyIsRefused() {
        assertThatThrownBy(() -> new JitSettling.Policy(0.01, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JitSettling.Policy(-1, 1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCompilersOfThisJvmHaveWorked() {
        long a = JitSettling.compilerCpuMillis().getAsLong();
        assertThat(a).as("a test JVM has compiled a good deal by now").isPositive();
        assertThat(JitSettling.compilerCpuMillis().getAsLong()).isGreaterThanOrEqualTo(a);
    }
}
