package io.newspipe.streams.limits;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;

/**
 * One worker thread of a {@link TimeBudget}, serving one caller thread at a time: the caller posts a
 * piece of work and parks until the worker has run it or the deadline passes. Every change of hands is
 * one compare-and-set on {@link #state}, so the caller and the worker always agree on who has given up:
 * <pre>
 * IDLE --caller posts--> POSTED --worker done--> DONE --caller takes the value--> IDLE
 *                        POSTED --caller gives up (deadline, interrupt)--> ABANDONED (worker exits when done)
 * IDLE --worker idle too long, owner dead or budget closed--> RETIRED (worker exits)
 * </pre>
 * Unlike a pool's future, nothing is allocated or queued per call and the same worker serves the same
 * caller (a stream thread) for its whole life. Thread-safe for one caller at a time (the owner).
 */
final class BudgetWorker implements Runnable {
    private static final int IDLE = 0;
    private static final int POSTED = 1;
    private static final int DONE = 2;
    private static final int ABANDONED = 3;
    private static final int RETIRED = 4;

    /** What {@link #call} returns when the worker had retired before the call: take another worker. */
    static final Object RETIRED_BEFORE_CALL = new Object();
    /** What {@link #call} returns when the deadline passed: the worker is abandoned to its runaway work. */
    static final Object OUT_OF_TIME = new Object();

    private final AtomicInteger state = new AtomicInteger(IDLE);
    private final Thread owner;
    private final long idleNanos;
    private final Consumer<BudgetWorker> onExit;
    private final Thread thread;
    private volatile boolean closing;
    // published by the CAS on state (caller: task, caller before POSTED; worker: value, failure before DONE)
    private Callable<?> task;
    private Thread caller;
    private Object value;
    private Throwable failure;

    /**
     * @param owner the caller thread this worker serves; it retires once the owner has died
     * @param idleNanos the worker retires after this long without work
     * @param onExit run on the worker thread as it exits, whatever the reason (frees its slot)
     */
    BudgetWorker(Thread owner, String name, long idleNanos, Consumer<BudgetWorker> onExit) {
        this.owner = owner;
        this.idleNanos = idleNanos;
        this.onExit = onExit;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Runs {@code work} on this worker and waits for it until {@code deadline} ({@link System#nanoTime}).
     *
     * @return the work's value, {@link #OUT_OF_TIME} or {@link #RETIRED_BEFORE_CALL}
     * @throws InterruptedException the caller was interrupted while waiting (the worker is abandoned)
     */
    Object call(Callable<?> work, long deadline) throws InterruptedException {
        task = work;
        caller = Thread.currentThread();
        if (!state.compareAndSet(IDLE, POSTED)) {
            task = null;
            return RETIRED_BEFORE_CALL;
        }
        LockSupport.unpark(thread);
        while (state.get() == POSTED) {
            long left = deadline - System.nanoTime();
            if (left <= 0 && state.compareAndSet(POSTED, ABANDONED)) {
                thread.interrupt(); // HTML parsers ignore it, but work that blocks stops sooner
                return OUT_OF_TIME;
            }
            LockSupport.parkNanos(this, Math.max(1, left));
            if (Thread.interrupted()) {
                if (state.compareAndSet(POSTED, ABANDONED)) {
                    thread.interrupt();
                    throw new InterruptedException("interrupted while waiting for budgeted work");
                }
                // finished at the same moment: keep the value, and the flag for whoever stops the thread
                Thread.currentThread().interrupt();
            }
        }
        return takeResult();
    }

    private Object takeResult() {
        Object v = value;
        Throwable f = failure;
        value = null;
        failure = null;
        state.set(IDLE);
        if (f instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (f instanceof Error error) {
            throw error;
        }
        if (f != null) {
            throw new IllegalStateException("budgeted work failed", f);
        }
        return v;
    }

    /** Asks an idle worker to retire now (the budget is closing); a busy one retires when done. */
    void close() {
        closing = true;
        LockSupport.unpark(thread);
    }

    @Override
    public void run() {
        try {
            Callable<?> work;
            while ((work = awaitWork()) != null) {
                runOne(work);
                if (!state.compareAndSet(POSTED, DONE)) {
                    return; // abandoned: the caller dead-lettered the page long ago, and has another worker
                }
                LockSupport.unpark(caller);
            }
        } finally {
            onExit.accept(this);
        }
    }

    private Callable<?> awaitWork() {
        long idleSince = System.nanoTime();
        while (true) {
            if (state.get() == POSTED) {
                Callable<?> work = task;
                task = null;
                return work;
            }
            boolean retire = closing || !owner.isAlive() || System.nanoTime() - idleSince > idleNanos;
            if (retire && state.compareAndSet(IDLE, RETIRED)) {
                return null;
            }
            // wakes on a post; the timeout only notices a dead owner or a long idle spell
            LockSupport.parkNanos(this, Math.min(idleNanos, TimeUnit.SECONDS.toNanos(1)));
            Thread.interrupted(); // a stale interrupt must not turn every later park into a spin
        }
    }

    private void runOne(Callable<?> work) {
        try {
            value = work.call();
        } catch (Exception e) {
            failure = e;
        } catch (Error e) {
            failure = e; // e.g. StackOverflowError on a pathological page: the caller dead-letters it
        }
    }
}
