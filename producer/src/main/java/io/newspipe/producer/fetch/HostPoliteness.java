package io.newspipe.producer.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection at a time per host, and a pause between two requests to the same host. A caller
 * {@link #acquire acquires} the host's slot (waiting for the slot and for the pause to end), makes one
 * request, and {@link #release releases} it with the pause to keep before the next request. Thread-safe.
 */
public final class HostPoliteness {
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long notBeforeNanos = Long.MIN_VALUE;
    }

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** Waits until this thread holds {@code host}'s slot and the host's pause has passed. */
    public void acquire(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(Objects.requireNonNull(host, "host"), h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.notBeforeNanos - System.nanoTime();
            if (slot.notBeforeNanos != Long.MIN_VALUE && wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            slot.lock.unlock();
            throw e;
        }
    }

    /** Releases {@code host}'s slot; the next request waits at least {@code pause} from now. */
    public void release(String host, Duration pause) {
        Slot slot = slots.get(host);
        if (slot == null || !slot.lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("slot of " + host + " not held");
        }
        long next = System.nanoTime() + pause.toNanos();
        if (slot.notBeforeNanos == Long.MIN_VALUE || next - slot.notBeforeNanos > 0) {
            slot.notBeforeNanos = next;
        }
        slot.lock.unlock();
    }

    /** Makes the next request to {@code host} wait at least {@code wait} from now (e.g. for Retry-After). */
    public void defer(String host, Duration wait) {
        Slot slot = slots.computeIfAbsent(Objects.requireNonNull(host, "host"), h -> new Slot());
        slot.lock.lock();
        try {
            long next = System.nanoTime() + wait.toNanos();
            if (slot.notBeforeNanos == Long.MIN_VALUE || next - slot.notBeforeNanos > 0) {
                slot.notBeforeNanos = next;
            }
        } finally {
            slot.lock.unlock();
        }
    }
}
