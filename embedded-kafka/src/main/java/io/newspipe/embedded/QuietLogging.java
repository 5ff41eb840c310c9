package io.newspipe.embedded;

import java.util.List;
import java.util.Map;

/**
 * Keeps the in-process broker from flooding the console.
 *
 * <p>Kafka 4.4 logs through SLF4J. The project's binding is {@code slf4j-simple}, which looks up each
 * logger's level in system properties when the logger is created, so setting
 * {@code org.slf4j.simpleLogger.log.<name>=warn} before the broker starts quiets every broker logger
 * created afterwards. A level the user already set (on the command line or earlier in code) is kept.
 * With another SLF4J binding these properties are inert and that binding's own configuration rules.
 *
 * <p>Thread-safe: only touches system properties, idempotently.
 */
final class QuietLogging {

    /** Logger name prefixes of the broker, controller, raft layer and their helpers. */
    static final List<String> BROKER_LOGGERS = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "org.apache.zookeeper");

    /**
     * Loggers that warn on every normal start or stop of a one-node cluster (e.g. "metadata log appears
     * to be empty" on first activation, "__consumer_offsets already exists" when two clients ask for the
     * group coordinator at once), so only their errors are shown.
     */
    static final Map<String, String> ROUTINE_WARNERS = Map.of(
            "org.apache.kafka.controller.QuorumController", "error",
            "org.apache.kafka.server.DefaultAutoTopicCreationManager", "error");

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    private QuietLogging() {
    }

    /** Sets broker loggers to {@code warn} unless a level was configured for them already. */
    static void apply() {
        for (String logger : BROKER_LOGGERS) {
            String key = PREFIX + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
        ROUTINE_WARNERS.forEach((logger, level) -> {
            if (System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, level);
            }
        });
    }
}
