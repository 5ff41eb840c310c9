package io.newspipe.cli;

import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newspipe streams --config <file>}: the live streams app against any Kafka cluster. */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Runs the streams app (extract, dedup, tag, route) against a Kafka cluster until stopped.",
            "Configuration: defaults, then --config properties, then NEWSPIPE_* environment variables."})
final class StreamsCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "<file>", description = "Properties file; see README for keys.")
    Path config;

    @Override
    public Integer call() throws Exception {
        StreamsAppConfig cfg = ConfigLoader.load(config, System.getenv());
        try (StreamsApp app = StreamsApp.start(cfg)) {
            System.out.println("newspipe streams: application.id=" + cfg.applicationId() + " bootstrap="
                    + cfg.bootstrapServers() + (app.httpPort() > 0 ? " http=:" + app.httpPort() : ""));
            return app.runUntilShutdown() ? 0 : 1;
        }
    }
}
