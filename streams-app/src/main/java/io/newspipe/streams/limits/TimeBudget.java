package io.newspipe.streams.limits;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a piece of work (extracting one page) with a wall-clock budget, so that one pathological page
 * cannot stall a stream thread past {@code max.poll.interval.ms} and the partition behind it.
 *
 * <p>The work runs on a worker thread; when the budget runs out the caller gets {@link Outcome#timedOut}
 * at once (the stage dead-letters the page with reason {@code timeout}) and the worker is interrupted.
 * HTML parsers do not check interrupts, so a runaway worker finishes in the background; at most
 * {@code maxWorkers} may run at once, and a caller waits for a free worker within the same budget, so
 * runaway pages can slow the stage but never pile up threads or memory without bound.
 *
 * <p>Thread-safe. Close it with the app.
 */
public final class TimeBudget implements AutoCloseable {
    private final Duration budget;
    private final Semaphore workers;
    private final ExecutorService executor;
    private final AtomicInteger timeouts = new AtomicInteger();

    /**
     * @param budget wall-clock time one call may take, waiting for a worker included
     * @param maxWorkers most calls running at once, runaways included (e.g. stream threads + 2)
     */
    public TimeBudget(Duration budget, int maxWorkers) {
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero() || maxWorkers < 1) {
            throw new IllegalArgumentException("budget must be positive and maxWorkers >= 1");
        }
        this.workers = new Semaphore(maxWorkers);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newspipe-budgeted-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** What came of a call: a value, or the budget ran out. */
    public record Outcome<T>(Optional<T> value, boolean timedOut, long elapsedMillis) {
    }

    /**
     * Runs {@code work} within the budget. An exception thrown by the work is rethrown as it was
     * (unchecked ones as they are, checked ones wrapped), so the caller's error handling is unchanged.
     */
    public <T> Outcome<T> run(Callable<T> work) throws InterruptedException {
        Objects.requireNonNull(work, "work");
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        if (!workers.tryAcquire(budget.toNanos(), TimeUnit.NANOSECONDS)) {
            return timedOut(start);
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
                try {
                    return work.call();
                } finally {
                    workers.release();
                }
            });
        } catch (RuntimeException e) {
            workers.release();
            throw e;
        }
        try {
            T value = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Outcome<>(Optional.ofNullable(value), false, millisSince(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            return timedOut(start);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("budgeted work failed", e.getCause());
        }
    }

    /** Calls that ran out of budget so far. */
    public int timeouts() {
        return timeouts.get();
    }

    /** The budget per call. */
    public Duration budget() {
        return budget;
    }

    private <T> Outcome<T> timedOut(long start) {
        timeouts.incrementAndGet();
        return new Outcome<>(Optional.empty(), true, millisSince(start));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
