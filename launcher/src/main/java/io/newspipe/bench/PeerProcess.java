package io.newspipe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code tools/readability-peer/peer.mjs} with Node: installs its locked dependencies with
 * {@code npm ci} on first use (when {@code node_modules} is missing), then runs it over a folder and
 * reads its JSON report. Not thread-safe.
 */
final class PeerProcess {
    private static final long NPM_TIMEOUT_MINUTES = 10;
    private static final long RUN_TIMEOUT_MINUTES = 30;
    private final Path dir;

    PeerProcess(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    JsonNode run(Path folder, String dom, int passes) throws IOException, InterruptedException {
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            System.err.println("bench peer: npm ci in " + dir + " (first use)");
            exec(List.of("npm", "ci", "--no-audit", "--no-fund"), NPM_TIMEOUT_MINUTES);
        }
        Path out = Files.createTempFile("newspipe-peer-", ".json");
        try {
            exec(List.of("node", "peer.mjs", "--folder", folder.toAbsolutePath().toString(), "--out", out.toString(),
                    "--dom", dom, "--passes", Integer.toString(passes)), RUN_TIMEOUT_MINUTES);
            return new ObjectMapper().readTree(Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void exec(List<String> command, long timeoutMinutes) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " timed out after " + timeoutMinutes + " min");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue());
        }
    }
}
