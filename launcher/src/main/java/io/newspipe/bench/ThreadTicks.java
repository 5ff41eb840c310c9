package io.newspipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads as Linux accounts it ({@code /proc/self/task/<tid>/stat}, utime +
 * stime), for the threads the JVM does not list by name (GC, JIT compilers, RocksDB background threads).
 * Empty where there is no /proc. Stateless and thread-safe.
 */
final class ThreadTicks {
    /** Nanoseconds per clock tick: USER_HZ is 100 on Linux. */
    static final long NANOS_PER_TICK = 10_000_000L;

    private ThreadTicks() {
    }

    /** utime + stime ticks of every thread whose short name ({@code comm}) passes {@code which}, keyed "tid comm". */
    static Map<String, Long> of(Predicate<String> which) {
        Path tasks = Path.of("/proc/self/task");
        Map<String, Long> ticks = new HashMap<>();
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            list.forEach(task -> read(task, which, ticks));
        } catch (IOException | UncheckedIOException e) {
            ticks.clear();
        }
        return ticks;
    }

    private static void read(Path task, Predicate<String> which, Map<String, Long> ticks) {
        try {
            String comm = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
            if (which.test(comm)) {
                String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(task.getFileName() + " " + comm, Long.parseLong(f[11]) + Long.parseLong(f[12]));
            }
        } catch (IOException | RuntimeException e) {
            // the thread ended meanwhile: not counted
        }
    }
}
