package io.newspipe.streams.app;

import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The streams app's own entry point: {@code java io.newspipe.streams.app.StreamsMain [config.properties]}.
 * Configuration: defaults, then the file, then NEWSPIPE_* environment variables. Runs until SIGTERM.
 *
 * <p>A command-line entry point, run once per JVM: not thread-safe, nothing to share.
 */
public final class StreamsMain {
    private StreamsMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        StreamsAppConfig config = ConfigLoader.load(file, System.getenv());
        boolean clean;
        try (StreamsApp app = StreamsApp.start(config)) {
            clean = app.runUntilShutdown();
        }
        if (!clean) {
            System.exit(1);
        }
    }
}
