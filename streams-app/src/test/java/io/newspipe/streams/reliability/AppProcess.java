package io.newspipe.streams.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One streams-app instance as a child JVM ({@link StreamsProcessMain}) with the test's own class path.
 * Each (re)start appends its stdout and stderr to {@code <dir>/app-<n>.log}. Not thread-safe: one test
 * thread drives it.
 */
public final class AppProcess implements AutoCloseable {
    private final Path dir;
    private final Path configFile;
    private final List<String> jvmOptions;
    private Process process;
    private int starts;

    /**
     * @param dir working folder of this instance (config file, logs)
     * @param config streams-app configuration keys (as in defaults.properties, {@code kafka.*} included)
     * @param jvmOptions extra JVM options of the child, e.g. {@code -Xmx256m}
     */
    public AppProcess(Path dir, Map<String, String> config, List<String> jvmOptions) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.jvmOptions = List.copyOf(jvmOptions);
        this.configFile = dir.resolve("streams.properties");
        Properties props = new Properties();
        props.putAll(config);
        try {
            Files.createDirectories(dir);
            try (Writer out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                props.store(out, "reliability test instance");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the child JVM; returns at once (use {@link #awaitRunning}). */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(StreamsProcessMain.class.getName());
        command.add(configFile.toString());
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            // the child's configuration is its file only: no NEWSPIPE_* overrides leak in from the build
            builder.environment().keySet().removeIf(name -> name.startsWith("NEWSPIPE_"));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the streams process", e);
        }
    }

    /** Waits until this incarnation printed its RUNNING line; false on timeout or death. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(StreamsProcessMain.RUNNING_LINE)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }

    /** SIGKILL (Process.destroyForcibly on Linux): no shutdown hook, no commit, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The current incarnation's log so far. */
    public String log() {
        try {
            return Files.readString(logFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public Path logFile() {
        return dir.resolve("app-" + starts + ".log");
    }

    /** SIGTERM and a clean close, then SIGKILL if it hangs. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
