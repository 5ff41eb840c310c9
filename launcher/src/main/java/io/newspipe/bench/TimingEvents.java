package io.newspipe.bench;

import io.newspipe.streams.metrics.PipelineEvents;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Listens to the topology for the moment the first raw page is consumed (the start of the drain
 * clock) and counts pages in. Thread-safe and cheap, as {@link PipelineEvents} requires.
 */
final class TimingEvents implements PipelineEvents {
    private final AtomicLong firstInNanos = new AtomicLong();
    private final AtomicLong pagesIn = new AtomicLong();
    private volatile long firstInCpuNanos;
    private volatile long firstInJitMillis;
    private volatile ThreadCpuSplit firstInThreads;
    private volatile boolean armed = true;

    @Override
    public void pageIn() {
        pagesIn.incrementAndGet();
        if (armed && firstInNanos.get() == 0 && firstInNanos.compareAndSet(0, System.nanoTime())) {
            firstInCpuNanos = processCpuNanos();
            firstInJitMillis = jitMillis();
            firstInThreads = ThreadCpuSplit.take();
        }
    }

    /**
     * Restarts the clock: the next page in is the new first page. Called before every warm-up round as well
     * as before the timed batch, so that the first-page branch is not new to the compiled code at the drain.
     */
    void rearm() {
        armed = false;
        firstInNanos.set(0);
        firstInCpuNanos = 0;
        armed = true;
    }

    /** {@link System#nanoTime()} of the first page in since the last (re)arming, or 0 before it. */
    long firstInNanos() {
        return firstInNanos.get();
    }

    /** The JIT compilers' accumulated time when the first page came in, or 0 before it. */
    long firstInJitMillis() {
        return firstInJitMillis;
    }

    /**
     * CPU time of the JIT compiler threads (C1/C2 "CompilerThread"s, read from {@code /proc/self/task}),
     * in ms; 0 where there is no /proc. On a short run of a JVM holding broker, app and clients the
     * compilers are busy throughout; this tells their share of the process CPU apart from the pipeline's.
     * ({@code CompilationMXBean} reports the compilers' elapsed time, which on a loaded machine is far
     * more than their CPU.)
     */
    static long jitMillis() {
        long ticks = ThreadTicks.of(comm -> comm.contains("CompilerThre")).values().stream()
                .mapToLong(Long::longValue).sum();
        return ticks * ThreadTicks.NANOS_PER_TICK / 1_000_000L;
    }

    /** Every thread's CPU time when the first page came in, or null before it. */
    ThreadCpuSplit firstInThreads() {
        return firstInThreads;
    }

    /** This process's CPU time when the first page came in, or 0 before it. */
    long firstInCpuNanos() {
        return firstInCpuNanos;
    }

    /** CPU time of this whole process (every thread: broker, app, clients, GC, JIT). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Pages the extract stage saw (an aborted transaction's pages are seen twice). */
    long pagesIn() {
        return pagesIn.get();
    }
}
