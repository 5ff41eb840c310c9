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
    private volatile boolean armed = true;

    @Override
    public void pageIn() {
        pagesIn.incrementAndGet();
        if (armed && firstInNanos.get() == 0 && firstInNanos.compareAndSet(0, System.nanoTime())) {
            firstInCpuNanos = processCpuNanos();
        }
    }

    /** Restarts the clock: the next page in is the new first page (after a warm-up batch). */
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
