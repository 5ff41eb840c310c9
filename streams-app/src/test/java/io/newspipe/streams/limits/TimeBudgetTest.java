package io.newspipe.streams.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
        // 1 s, not less: the quick calls must finish inside the budget on a loaded CI machine (150 ms did not once)
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(1), 1)) {
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

    @Test
    void checkedExceptionsAreWrappedAndErrorsPassedOn() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(5), 1)) {
            assertThatThrownBy(() -> budget.run(() -> {
                throw new IOException("unreadable");
            })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class);
            assertThatThrownBy(() -> budget.run(() -> {
                throw new StackOverflowError("deep page");
            })).isInstanceOf(StackOverflowError.class).hasMessage("deep page");
            // the worker survives both and still serves the caller
            assertThat(budget.run(() -> "next").value()).contains("next");
        }
    }

    @Test
    void aCallerKeepsOneWorkerAcrossCalls() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(5), 3)) {
            String first = budget.run(() -> Thread.currentThread().getName()).value().orElseThrow();
            for (int i = 0; i < 50; i++) {
                assertThat(budget.run(() -> Thread.currentThread().getName()).value()).contains(first);
            }
            assertThat(first).startsWith("newspipe-budgeted-");
            assertThat(budget.liveWorkers()).isEqualTo(1);
        }
    }

    @Test
    void aRunawayWorkerLeavesAndItsCallerGetsAFreshOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // 1 s: a fresh worker's first call (a thread start) must fit in it under load; 150 ms failed once in CI
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(1), 2)) {
            String first = budget.run(() -> Thread.currentThread().getName()).value().orElseThrow();
            assertThat(budget.run(() -> busyUntil(release)).timedOut()).isTrue();
            String second = budget.run(() -> Thread.currentThread().getName()).value().orElseThrow();
            assertThat(second).isNotEqualTo(first);
            assertThat(budget.liveWorkers()).isEqualTo(2);
            release.countDown();
            awaitLiveWorkers(budget, 1);
        }
    }

    @Test
    void theWorkerOfADeadCallerRetiresAndFreesItsSlot() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(5), 1, TimeUnit.MILLISECONDS.toNanos(50))) {
            AtomicReference<String> other = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    other.set(budget.run(() -> "from another thread").value().orElseThrow());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            caller.start();
            caller.join();
            assertThat(other.get()).isEqualTo("from another thread");
            // the only slot is held by the other thread's worker until it notices its caller is gone
            assertThat(budget.run(() -> "mine").value()).contains("mine");
        }
    }

    @Test
    void anIdleWorkerRetiresAndTheNextCallStartsAnother() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(5), 1, TimeUnit.MILLISECONDS.toNanos(30))) {
            assertThat(budget.run(() -> "one").value()).contains("one");
            awaitLiveWorkers(budget, 0);
            assertThat(budget.run(() -> "two").value()).contains("two");
        }
    }

    @Test
    void anInterruptedCallerStopsWaitingAndTheWorkIsAbandoned() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(30), 2)) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> budget.run(() -> busyUntil(release))).isInstanceOf(InterruptedException.class);
            assertThat(budget.timeouts()).isZero();
            release.countDown();
            awaitLiveWorkers(budget, 0);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aClosedBudgetRefusesWork() {
        TimeBudget budget = new TimeBudget(Duration.ofSeconds(5), 1);
        budget.close();
        assertThatThrownBy(() -> budget.run(() -> "late")).isInstanceOf(IllegalStateException.class);
    }

    private static void awaitLiveWorkers(TimeBudget budget, int expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (budget.liveWorkers() != expected && System.nanoTime() < until) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(budget.liveWorkers()).isEqualTo(expected);
    }

    /** Ignores interrupts, as an HTML parser does. */
    private static String busyUntil(CountDownLatch release) {
        while (release.getCount() > 0) {
            Thread.onSpinWait();
        }
        return "done";
    }
}
