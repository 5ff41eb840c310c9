package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JitWarmupTest {
    @Test
    void goesOnWhileTheCompilersAreBusy() {
        JitWarmup w = new JitWarmup(5000);
        w.round(1000, 10_000_000_000L, 3_000_000_000L); // 30 % of the CPU in the JIT
        assertThat(w.settled()).isFalse();
        assertThat(w.nextRound(1000)).isEqualTo(1000);
    }

    @Test
    void stopsOnceARoundSpendsLessThanTheSettledShareCompiling() {
        JitWarmup w = new JitWarmup(5000);
        w.round(1000, 10_000_000_000L, 3_000_000_000L);
        w.round(1000, 10_000_000_000L, 400_000_000L); // 4 %
        assertThat(w.settled()).isTrue();
        assertThat(w.nextRound(1000)).isZero();
        assertThat(w.pages()).isEqualTo(2000);
        assertThat(w.lastShare()).isEqualTo(0.04);
    }

    @Test
    void neverExceedsThePageBudget() {
        JitWarmup w = new JitWarmup(2500);
        w.round(1000, 1_000_000_000L, 500_000_000L);
        w.round(1000, 1_000_000_000L, 500_000_000L);
        assertThat(w.nextRound(1000)).isEqualTo(500);
        w.round(500, 1_000_000_000L, 500_000_000L);
        assertThat(w.nextRound(1000)).isZero();
        assertThat(w.settled()).isFalse();
    }

    @Test
    void aSingleFixedBatchWhenTheBudgetIsTheFirstBatch() {
        JitWarmup w = new JitWarmup(500);
        w.round(500, 1_000_000_000L, 900_000_000L);
        assertThat(w.nextRound(500)).isZero();
    }
}
