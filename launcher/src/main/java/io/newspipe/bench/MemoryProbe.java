package io.newspipe.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Heap and resident memory of this JVM: heap used before and after a full GC (the live set), the
 * maximum heap, and VmRSS / VmHWM from {@code /proc/self/status} (Linux; -1 elsewhere). Immutable and thread-safe.
 *
 * @param heapUsedMb heap in use when sampled
 * @param heapLiveMb heap in use after {@link System#gc()}
 * @param heapMaxMb -Xmx
 * @param rssMb resident set size now
 * @param rssPeakMb peak resident set size
 */
public record MemoryProbe(double heapUsedMb, double heapLiveMb, double heapMaxMb, double rssMb, double rssPeakMb) {
    private static final double MB = 1024.0 * 1024.0;

    /** Samples now; runs one full GC to find the live heap. */
    public static MemoryProbe sample() {
        Runtime rt = Runtime.getRuntime();
        double used = (rt.totalMemory() - rt.freeMemory()) / MB;
        System.gc();
        double live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
        return new MemoryProbe(used, live, rt.maxMemory() / MB, procStatusMb("VmRSS:"), procStatusMb("VmHWM:"));
    }

    /** A {@code kB} line of {@code /proc/self/status} in MB, or -1 when unavailable. */
    static double procStatusMb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    String kb = line.substring(key.length()).trim().toLowerCase(Locale.ROOT).replace("kb", "").trim();
                    return Long.parseLong(kb) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
