package io.newspipe.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Starting and stopping one {@link KafkaRaftServer} in this JVM: a start that loses its port to someone else
 * says so ({@link PortTakenException}) so that the caller can pick other ports, and a start on ports just
 * released retries while the kernel still holds them. Stateless; the server objects it returns belong to the
 * caller.
 */
final class BrokerProcess {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerProcess.class);
    /** Binding the ports of a broker just stopped: how often, and how long apart. */
    private static final int REBIND_ATTEMPTS = 20;
    private static final Duration REBIND_PAUSE = Duration.ofMillis(250);

    private BrokerProcess() {
    }

    /**
     * A started server over {@code config}.
     *
     * @throws PortTakenException if one of its ports was taken
     */
    static KafkaRaftServer start(Map<String, String> config) {
        Objects.requireNonNull(config, "config");
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            stop(server); // a half-started server holds threads and ports
            throw FreePorts.isBindFailure(e) ? new PortTakenException(e) : e;
        }
        return server;
    }

    /**
     * A started server over {@code config}, whose ports a server of this JVM has just released: the old sockets
     * may linger briefly in the kernel, so binding them is retried.
     *
     * @throws IllegalStateException if the ports are still taken after every attempt
     */
    static KafkaRaftServer startOnReleasedPorts(Map<String, String> config) {
        for (int attempt = 1; ; attempt++) {
            try {
                return start(config);
            } catch (PortTakenException e) {
                if (attempt >= REBIND_ATTEMPTS) {
                    throw new IllegalStateException("ports still taken after restart", e);
                }
                pause(REBIND_PAUSE);
            }
        }
    }

    /** Shuts {@code server} down and waits for it (null: nothing to do); a failure is logged, not thrown. */
    static void stop(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka did not shut down cleanly", e);
        }
    }

    /** Sleeps {@code duration}; an interrupt is kept and ends the restart it belongs to. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restarting the broker", e);
        }
    }

    /** Startup failed because a port chosen as free was taken meanwhile. */
    static final class PortTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTakenException(Throwable cause) {
            super("port already in use", cause);
        }
    }
}
