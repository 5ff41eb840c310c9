package io.newspipe.streams.limits;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a piece of work (extracting one page) with a wall-clock budget, so that one pathological page
 * cannot stall a stream thread past {@code max.poll.interval.ms} and the partition behind it.
 *
 * <p>The work runs on a worker thread; when the budget runs out the caller gets {@link Outcome#timedOut}
 * at once (the stage dead-letters the page with reason {@code timeout}) and the worker is interrupted.
 * HTML parsers do not check interrupts, so a runaway worker finishes in the background; at most
 * {@code maxWorkers} worker threads may live at once, runaways included, and a caller waits for a free
 * slot within the same budget, so runaway pages can slow the stage but never pile up threads or memory
 * without bound.
 *
 * <p>Each caller thread (a stream thread) has its own worker ({@link BudgetWorker}) for as long as both
 * live: a call is one hand-off and one wake-up, with nothing allocated or queued, and the worker does not
 * die and get re-created between calls as an idle pool thread would. A caller whose worker ran away gets a
 * new one; a worker retires when its caller thread has died or after {@code 60 s} without work.
 *
 * <p>Thread-safe. Close it with the app.
 */
public final class TimeBudget implements AutoCloseable {
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Duration budget;
    private final long budgetNanos;
    private final long idleNanos;
    private final Semaphore slots;
    private final ThreadLocal<BudgetWorker> ownWorker = new ThreadLocal<>();
    private final Set<BudgetWorker> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger names = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param budget wall-clock time one call may take, waiting for a worker included
     * @param maxWorkers most worker threads alive at once, runaways included (e.g. stream threads + 2)
     */
    public TimeBudget(Duration budget, int maxWorkers) {
        this(budget, maxWorkers, IDLE_NANOS);
    }

    /** As above; a worker retires after {@code idleNanos} without work (tests use a short one). */
    TimeBudget(Duration budget, int maxWorkers, long idleNanos) {
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero() || maxWorkers < 1 || idleNanos <= 0) {
            throw new IllegalArgumentException("budget and idleNanos must be positive and maxWorkers >= 1");
        }
        this.budgetNanos = budget.toNanos();
        this.idleNanos = idleNanos;
        this.slots = new Semaphore(maxWorkers);
    }

    /** What came of a call: a value, or the budget ran out. */
    public record Outcome<T>(Optional<T> value, boolean timedOut, long elapsedMillis) {
    }

    /**
     * Runs {@code work} within the budget. An exception thrown by the work is rethrown as it was
     * (unchecked ones as they are, checked ones wrapped), so the caller's error handling is unchanged.
     *
     * @throws InterruptedException the caller was interrupted while waiting (the work goes on, abandoned)
     */
    public <T> Outcome<T> run(Callable<T> work) throws InterruptedException {
        Objects.requireNonNull(work, "work");
        long start = System.nanoTime();
        long deadline = start + budgetNanos;
        while (true) {
            if (closed) {
                throw new IllegalStateException("time budget closed");
            }
            BudgetWorker worker = workerFor(deadline);
            if (worker == null) {
                return timedOut(start);
            }
            Object result;
            try {
                result = worker.call(work, deadline);
            } catch (InterruptedException e) {
                ownWorker.remove();
                throw e;
            }
            if (result == BudgetWorker.OUT_OF_TIME) {
                ownWorker.remove();
                return timedOut(start);
            }
            if (result != BudgetWorker.RETIRED_BEFORE_CALL) {
                @SuppressWarnings("unchecked") // the value of this call's work
                T value = (T) result;
                return new Outcome<>(Optional.ofNullable(value), false, millisSince(start));
            }
            ownWorker.remove(); // it retired while idle: take a new one
        }
    }

    /** The caller's worker, started if needed; null if no slot came free before the deadline. */
    private BudgetWorker workerFor(long deadline) throws InterruptedException {
        BudgetWorker worker = ownWorker.get();
        if (worker != null) {
            return worker;
        }
        if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return null;
        }
        worker = new BudgetWorker(Thread.currentThread(), "newspipe-budgeted-" + names.incrementAndGet(),
                idleNanos, this::exited);
        live.add(worker);
        try {
            worker.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            live.remove(worker);
            slots.release();
            throw e;
        }
        if (closed) {
            worker.close(); // close() may have missed it; it still runs this call, then retires
        }
        ownWorker.set(worker);
        return worker;
    }

    /** On a worker's thread as it exits: its slot is free again. */
    private void exited(BudgetWorker worker) {
        live.remove(worker);
        slots.release();
    }

    /** Calls that ran out of budget so far. */
    public int timeouts() {
        return timeouts.get();
    }

    /** The budget per call. */
    public Duration budget() {
        return budget;
    }

    /** Worker threads alive now, runaways included (for tests and metrics). */
    int liveWorkers() {
        return live.size();
    }

    private <T> Outcome<T> timedOut(long start) {
        timeouts.incrementAndGet();
        return new Outcome<>(Optional.empty(), true, millisSince(start));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Idle workers retire at once; busy ones when their work is done. */
    @Override
    public void close() {
        closed = true;
        live.forEach(BudgetWorker::close);
    }
}
