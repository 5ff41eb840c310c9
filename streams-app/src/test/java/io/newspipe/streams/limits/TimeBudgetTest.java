package io.newspipe.streams.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

    @Test
    void workWithinTheBudgetReturnsItsValue() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(5), 2)) {
            TimeBudget.Outcome<String> outcome = budget.run(() -> "article");
            assertThat(outcome.timedOut()).isFalse();
            assertThat(outcome.value()).contains("article");
            assertThat(budget.timeouts()).isZero();
        }
    }

    @Test
    void runawayWorkIsCutOffAtTheBudgetAndCounted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(200), 2)) {
            long start = System.nanoTime();
            TimeBudget.Outcome<String> outcome = budget.run(() -> {
                busyUntil(release);
                return "too late";
            });
            assertThat(outcome.timedOut()).isTrue();
            assertThat(outcome.value()).isEmpty();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
            assertThat(budget.timeouts()).isEqualTo(1);
            release.countDown();
        }
    }

    @Test
    void runawaysCannotPileUpBeyondTheWorkerCap() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(150), 1)) {
            assertThat(budget.run(() -> busyUntil(release)).timedOut()).isTrue();
            // the only worker is still busy with the runaway: the next call waits its budget, then gives up
            assertThat(budget.run(() -> "quick").timedOut()).isTrue();
            release.countDown();
            TimeUnit.MILLISECONDS.sleep(100);
            assertThat(budget.run(() -> "quick").value()).contains("quick");
        }
    }

    @Test
    void exceptionsOfTheWorkReachTheCallerUnchanged() {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(5), 1)) {
            assertThatThrownBy(() -> budget.run(() -> {
                throw new IllegalArgumentException("bad page");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad page");
        }
    }

    /** Ignores interrupts, as an HTML parser does. */
    private static String busyUntil(CountDownLatch release) {
        while (release.getCount() > 0) {
            Thread.onSpinWait();
        }
        return "done";
    }
}
