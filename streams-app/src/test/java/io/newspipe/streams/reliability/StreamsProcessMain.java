package io.newspipe.streams.reliability;

import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the streams app from a properties file in a JVM of its own, so reliability tests can kill it
 * with SIGKILL: {@code java -cp <test class path> io.newspipe.streams.reliability.StreamsProcessMain <file>}.
 * Prints {@value #RUNNING_LINE} on stdout once the Kafka Streams client first reaches RUNNING.
 */
public final class StreamsProcessMain {
    /** The line the parent waits for. */
    public static final String RUNNING_LINE = "newspipe-streams-process: RUNNING";

    private StreamsProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: StreamsProcessMain <config.properties>");
            System.exit(2);
        }
        StreamsAppConfig config = ConfigLoader.load(Path.of(args[0]), System.getenv());
        StreamsApp app = StreamsApp.start(config);
        // keep waiting through rebalances and restores: only a dead client ends the wait
        while (!app.awaitRunning(Duration.ofSeconds(5))) {
            if (app.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR
                    || app.state() == org.apache.kafka.streams.KafkaStreams.State.NOT_RUNNING) {
                System.err.println("newspipe-streams-process: client ended in " + app.state());
                app.close();
                System.exit(1);
            }
        }
        System.out.println(RUNNING_LINE);
        System.out.flush();
        app.runUntilShutdown();
    }
}
