package io.newspipe.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the machine looked like during a run, so figures can be read in context: cores and the
 * 1-minute load average ({@code /proc/loadavg}; -1 where unavailable).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cores available processors
 * @param loadAverage1m 1-minute load average
 * @param javaVersion the JVM's version
 * @param jvmArguments the JVM's options ({@code NEWSPIPE_JAVA_OPTS} or the launcher's defaults), since heap, collector
 *     and transparent huge pages move the figures
 */
public record MachineLoad(int cores, double loadAverage1m, String javaVersion, List<String> jvmArguments) {
    public MachineLoad {
        jvmArguments = List.copyOf(jvmArguments);
    }


    /** Samples now. */
    public static MachineLoad sample() {
        double load = -1;
        try {
            String text = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
            load = Double.parseDouble(text.split("\\s+")[0]);
        } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            load = -1;
        }
        return new MachineLoad(Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
