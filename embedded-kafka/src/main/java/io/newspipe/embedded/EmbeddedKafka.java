package io.newspipe.embedded;

import io.newspipe.embedded.BrokerProcess.PortTakenException;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real single-node Apache Kafka 4.4 broker in KRaft mode (combined broker and controller), running in
 * this JVM on free loopback ports with a temporary log directory.
 *
 * <p>{@link #start()} formats the directory with Kafka's storage tool, starts {@link KafkaRaftServer}
 * and returns once the broker answers {@code describeCluster} and its transaction coordinator can
 * serve a transactional producer (so {@code exactly_once_v2} applications start without waiting).
 * {@link #close()} shuts the broker down and deletes the directory.
 *
 * <p>For tests, {@link #shared()} gives one broker per JVM, started on first use and closed by a
 * shutdown hook; give each test its own topics and {@code application.id} ({@link #uniqueName}).
 *
 * <p>Thread-safe: all methods may be called from any thread; {@link #close()} is idempotent.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    /** How long startup may take before it is declared failed. */
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int BIND_ATTEMPTS = 3;

    /** Replaced by {@link #restart}; guarded by {@code this}. */
    private KafkaRaftServer server;
    private final BrokerProperties properties;
    private final Path tempRoot;
    private final String clusterId;
    private final boolean shared;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final BrokerAdmin admin;

    private EmbeddedKafka(KafkaRaftServer server, BrokerProperties properties, Path tempRoot, String clusterId,
                          boolean shared) {
        this.server = server;
        this.properties = properties;
        this.tempRoot = tempRoot;
        this.clusterId = clusterId;
        this.shared = shared;
        this.admin = new BrokerAdmin(bootstrapServers());
    }

    /** Starts a broker with the default configuration ({@link BrokerProperties}). */
    public static EmbeddedKafka start() {
        return start(Map.of());
    }

    /**
     * Starts a broker whose configuration is the defaults overridden by {@code extraBrokerProps}
     * (see {@link BrokerProperties} for the port placeholders usable in values).
     *
     * @throws IllegalStateException if the broker does not come up within {@link #STARTUP_TIMEOUT}
     */
    public static EmbeddedKafka start(Map<String, String> extraBrokerProps) {
        return start(extraBrokerProps, false);
    }

    /**
     * The broker shared by everything in this JVM: started on the first call, closed (and its directory
     * deleted) by a shutdown hook. {@link #close()} on it does nothing, so try-with-resources is harmless.
     */
    public static EmbeddedKafka shared() {
        return SharedBroker.get();
    }

    static EmbeddedKafka start(Map<String, String> extraBrokerProps, boolean shared) {
        Objects.requireNonNull(extraBrokerProps, "extraBrokerProps");
        QuietLogging.apply();
        IllegalStateException lastFailure = null;
        // a free port can be taken by someone else between probing and binding: try again on new ports
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            try {
                return startOnce(extraBrokerProps, shared);
            } catch (PortTakenException e) {
                LOG.warn("Embedded Kafka port taken, retrying on other ports (attempt {})", attempt, e);
                lastFailure = new IllegalStateException("embedded Kafka could not bind its ports", e);
            }
        }
        throw lastFailure;
    }

    private static EmbeddedKafka startOnce(Map<String, String> extra, boolean shared) {
        long startNanos = System.nanoTime();
        Path tempRoot = null;
        KafkaRaftServer server = null;
        try {
            tempRoot = Files.createTempDirectory("newspipe-kafka-");
            Path logDir = Files.createDirectory(tempRoot.resolve("logs"));
            BrokerProperties props = new BrokerProperties(FreePorts.find(), FreePorts.find(), logDir, extra);
            Map<String, String> config = props.toMap();
            String clusterId = LogDirFormatter.format(config, tempRoot.resolve("server.properties"));
            server = BrokerProcess.start(config);
            EmbeddedKafka kafka = new EmbeddedKafka(server, props, tempRoot, clusterId, shared);
            kafka.admin.awaitReady(STARTUP_TIMEOUT);
            LOG.info("Embedded Kafka {} up at {} in {} ms", clusterId, kafka.bootstrapServers(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            return kafka;
        } catch (IOException | RuntimeException e) {
            BrokerProcess.stop(server);
            TempDirs.deleteQuietly(tempRoot);
            if (e instanceof PortTakenException taken) {
                throw taken;
            }
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("embedded Kafka failed to start", e);
        }
    }

    /**
     * Stops the broker as a crash-free shutdown would (controlled shutdown, logs flushed), waits
     * {@code downtime}, then starts a new broker process-in-JVM on the same log directory, ports and
     * cluster id, and returns once it is ready again. Clients keep their connections' configuration and
     * reconnect by themselves. For fault-injection tests (a broker restart mid-run).
     *
     * @throws IllegalStateException if the broker is closed or does not come back within the startup timeout
     */
    public synchronized void restart(Duration downtime) {
        Objects.requireNonNull(downtime, "downtime");
        if (closed.get()) {
            throw new IllegalStateException("embedded Kafka is closed");
        }
        long startNanos = System.nanoTime();
        BrokerProcess.stop(server);
        server = null;
        try {
            Thread.sleep(downtime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during broker downtime", e);
        }
        // the old sockets may linger briefly in the kernel; binding the same ports is retried
        server = BrokerProcess.startOnReleasedPorts(properties.toMap());
        admin.awaitReady(STARTUP_TIMEOUT);
        LOG.info("Embedded Kafka {} restarted at {} in {} ms (downtime {} ms)", clusterId, bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), downtime.toMillis());
    }

    /** {@code host:port} of the PLAINTEXT listener, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + properties.plaintextPort();
    }

    /** The KRaft cluster id this broker was formatted with. */
    public String clusterId() {
        return clusterId;
    }

    /** The configuration the broker was started with. */
    public BrokerProperties properties() {
        return properties;
    }

    /** The broker's log directory (deleted on {@link #close()}). */
    public Path logDir() {
        return properties.logDir();
    }

    /** Client properties with only {@code bootstrap.servers} set; a fresh mutable copy on each call. */
    public Properties clientProps() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /**
     * A shared admin client for this broker, closed with it. Do not close it yourself.
     */
    public Admin admin() {
        return admin.client();
    }

    /**
     * Creates the topics (replication factor 1) and waits until they exist; topics that already exist
     * are left as they are.
     *
     * @throws IllegalStateException if creation fails or takes longer than 30 s
     */
    public void createTopics(int partitions, String... names) {
        Objects.requireNonNull(names, "names");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        List<NewTopic> topics = Arrays.stream(names)
                .map(name -> new NewTopic(Objects.requireNonNull(name, "topic name"), partitions, (short) 1))
                .toList();
        admin.createTopics(topics, Duration.ofSeconds(30));
    }

    /**
     * A name unique in this JVM run, for topics and {@code application.id}s of a test:
     * {@code prefix-<counter>-<random>}.
     */
    public static String uniqueName(String prefix) {
        return UniqueNames.next(prefix);
    }

    /** A port free on 127.0.0.1 right now, e.g. for an extra listener given in the extra properties. */
    public static int freePort() {
        return FreePorts.find();
    }

    /**
     * Shuts the broker down and deletes its directory. Does nothing on the {@link #shared()} broker,
     * which is closed when the JVM exits.
     */
    @Override
    public void close() {
        if (!shared) {
            shutdown();
        }
    }

    void shutdown() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long startNanos = System.nanoTime();
        admin.close();
        synchronized (this) {
            BrokerProcess.stop(server);
        }
        TempDirs.deleteQuietly(tempRoot);
        LOG.info("Embedded Kafka {} stopped in {} ms", clusterId,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers() + ", cluster " + clusterId + (closed.get() ? ", closed]" : "]");
    }

    /** Re-thrown as unchecked: callers of a test fixture cannot do anything better with them. */
    static RuntimeException unchecked(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (e instanceof TimeoutException) {
            return new IllegalStateException(what + " timed out", e);
        }
        return new IllegalStateException(what + " failed: " + cause, cause);
    }
}
