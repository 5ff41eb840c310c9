package io.newspipe.streams.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds and runs the command-line tools the ops tests use (promtool, prometheus, chromium). */
final class OpsTools {
    private OpsTools() {
    }

    /** The project root (system property {@code newspipe.root}, set by surefire). */
    static Path root() {
        return Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
    }

    /** An executable named {@code name} on the PATH or in /usr/bin. */
    static Optional<Path> find(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/bin");
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Result of a finished command. */
    record Result(int exitCode, String output) {
    }

    /** Runs a command in {@code dir}, merging stderr into the output; fails after {@code timeoutSeconds}. */
    static Result run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ops-tool", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
