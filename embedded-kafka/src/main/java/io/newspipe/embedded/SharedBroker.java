package io.newspipe.embedded;

import java.util.Map;

/**
 * Holder of the one broker per JVM behind {@link EmbeddedKafka#shared()}: started on first use, shut
 * down by a JVM shutdown hook (surefire forks exit normally, so the hook runs and the directory goes).
 * A failed start is not cached: the next call tries again and reports its own failure.
 *
 * <p>Thread-safe.
 */
final class SharedBroker {

    private static EmbeddedKafka instance;

    private SharedBroker() {
    }

    static synchronized EmbeddedKafka get() {
        if (instance == null) {
            EmbeddedKafka kafka = EmbeddedKafka.start(Map.of(), true);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::shutdown, "embedded-kafka-shutdown"));
            instance = kafka;
        }
        return instance;
    }
}
