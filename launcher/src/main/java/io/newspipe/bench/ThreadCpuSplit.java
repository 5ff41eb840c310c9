package io.newspipe.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the JVM's CPU went during the drain, by thread group: the stream threads and their extraction pool,
 * the embedded broker's network and request-handler threads and its other threads (coordinators, KRaft,
 * purgatories, log cleaner), the Kafka clients' I/O threads, the bench's own clients, and the JVM's GC,
 * JIT and RocksDB threads. Java threads are read with {@link ThreadMXBean} (full names); threads the JVM
 * does not list (GC, compilers, RocksDB background threads) from {@code /proc/self/task} by their short
 * name. A thread that starts inside the window counts from zero; one that ends inside it is lost (its CPU
 * is in {@code unattributed}, the process CPU left over). Immutable snapshots; {@link #take()} is thread-safe.
 */
final class ThreadCpuSplit {
    /** Thread groups in report order: a Java thread name matching a pattern belongs to the first such group. */
    private static final List<Map.Entry<String, Pattern>> JAVA_GROUPS = List.of(
            Map.entry("streams producer I/O", Pattern.compile("StreamThread-\\d+-producer")),
            Map.entry("stream threads", Pattern.compile("StreamThread-\\d+$")),
            Map.entry("extract pool", Pattern.compile("^newspipe-budgeted")),
            Map.entry("broker network", Pattern.compile("kafka-network-thread|socket-acceptor")),
            Map.entry("broker request handlers", Pattern.compile("request-handler")),
            Map.entry("bench clients", Pattern.compile("^main$|producer-network-thread \\| producer-|bench-outputs"
                    + "|bench-verify")),
            Map.entry("other client threads", Pattern.compile("kafka-producer-network-thread|admin-client|"
                    + "heartbeat-thread|StateUpdater|metrics")),
            Map.entry("broker other", Pattern.compile("(?i)kafka|raft|quorum|controller|coordinator|Txn|Purgatory"
                    + "|Reaper|executor-|cleaner|scheduler|broker|Persister|ShareGroup")));
    private static final Pattern NATIVE_GC = Pattern.compile("^GC Thread|^VM Thread|^ParGC|^G1 ");
    private static final Pattern NATIVE_JIT = Pattern.compile("CompilerThre");
    private static final Pattern NATIVE_ROCKSDB = Pattern.compile("^rocksdb");
    private final Map<Long, Long> javaNanos;
    private final Map<Long, String> javaNames;
    private final Map<String, Long> nativeTicks;
    private final long processNanos;

    private ThreadCpuSplit(Map<Long, Long> javaNanos, Map<Long, String> javaNames, Map<String, Long> nativeTicks,
            long processNanos) {
        this.javaNanos = javaNanos;
        this.javaNames = javaNames;
        this.nativeTicks = nativeTicks;
        this.processNanos = processNanos;
    }

    /** The CPU time of every thread now. */
    static ThreadCpuSplit take() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        if (threads.isThreadCpuTimeSupported()) {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null) {
                    long cpu = threads.getThreadCpuTime(info.getThreadId());
                    if (cpu >= 0) {
                        nanos.put(info.getThreadId(), cpu);
                        names.put(info.getThreadId(), info.getThreadName());
                    }
                }
            }
        }
        return new ThreadCpuSplit(nanos, names, nativeTicks(), TimingEvents.processCpuNanos());
    }

    /**
     * CPU milliseconds per page of each group between {@code before} and this snapshot, in report order,
     * with {@code unattributed} last.
     */
    Map<String, Double> msPerPageSince(ThreadCpuSplit before, int pages) {
        Objects.requireNonNull(before, "before");
        Map<String, Long> nanosByGroup = new LinkedHashMap<>();
        JAVA_GROUPS.forEach(g -> nanosByGroup.put(g.getKey(), 0L));
        nanosByGroup.put("other Java threads", 0L);
        javaNanos.forEach((id, cpu) -> {
            // a thread born after `before` (e.g. an extraction worker started in the drain) counts from zero;
            // skipping it left its CPU "unattributed" (session 8's "extract pool" read 0.98-1.43 ms per page)
            long was = before.javaNanos.getOrDefault(id, 0L);
            String name = javaNames.get(id);
            // compiler threads are counted from /proc when the JVM lists them too
            if (!NATIVE_JIT.matcher(name).find()) {
                nanosByGroup.merge(groupOf(name), cpu - was, Long::sum);
            }
        });
        for (String group : List.of("GC", "JIT", "RocksDB background")) {
            nanosByGroup.put(group, 0L);
        }
        nativeTicks.forEach((key, ticks) -> {
            long was = before.nativeTicks.getOrDefault(key, 0L); // e.g. a C2 thread the JVM added meanwhile
            String comm = key.substring(key.indexOf(' ') + 1);
            nanosByGroup.merge(nativeGroup(comm), (ticks - was) * ThreadTicks.NANOS_PER_TICK, Long::sum);
        });
        long attributed = nanosByGroup.values().stream().mapToLong(Long::longValue).sum();
        nanosByGroup.put("unattributed", processNanos - before.processNanos - attributed);
        Map<String, Double> ms = new LinkedHashMap<>();
        nanosByGroup.forEach((group, n) -> ms.put(group, n / 1e6 / Math.max(1, pages)));
        return ms;
    }

    private static String groupOf(String name) {
        for (Map.Entry<String, Pattern> g : JAVA_GROUPS) {
            if (g.getValue().matcher(name).find()) {
                return g.getKey();
            }
        }
        return "other Java threads";
    }

    private static String nativeGroup(String comm) {
        if (NATIVE_GC.matcher(comm).find()) {
            return "GC";
        }
        return NATIVE_JIT.matcher(comm).find() ? "JIT" : "RocksDB background";
    }

    /** utime + stime ticks of the threads the JVM does not list, keyed "tid comm". */
    private static Map<String, Long> nativeTicks() {
        return ThreadTicks.of(comm -> NATIVE_GC.matcher(comm).find() || NATIVE_JIT.matcher(comm).find()
                || NATIVE_ROCKSDB.matcher(comm).find());
    }
}
