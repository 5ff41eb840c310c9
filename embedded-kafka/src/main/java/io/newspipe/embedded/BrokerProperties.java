package io.newspipe.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The broker configuration of an {@link EmbeddedKafka}: every default in one place.
 *
 * <p>The defaults make a single-node KRaft cluster (combined broker and controller, node id 1) bound to
 * loopback only, with internal topics at replication factor 1, small thread pools and buffers (the
 * broker shares the JVM with tests or the demo), no topic auto-creation and no initial rebalance delay.
 * Extra properties given by the caller win over the defaults. In extra values, {@code ${plaintext.port}}
 * and {@code ${controller.port}} are replaced by the chosen ports, so a caller can restate
 * {@code listeners} to add, say, a {@code SASL_PLAINTEXT} listener on a port of its own from
 * {@link EmbeddedKafka#freePort()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plaintextPort port of the {@code PLAINTEXT} client listener on 127.0.0.1
 * @param controllerPort port of the {@code CONTROLLER} listener on 127.0.0.1
 * @param logDir the single log and metadata directory
 * @param extra caller overrides, applied last
 */
public record BrokerProperties(int plaintextPort, int controllerPort, Path logDir, Map<String, String> extra) {

    /** Node id of the single combined broker/controller. */
    public static final int NODE_ID = 1;
    /** Partitions of {@code __consumer_offsets} and {@code __transaction_state}; the default 50 slows startup. */
    public static final int INTERNAL_TOPIC_PARTITIONS = 4;

    public BrokerProperties {
        Objects.requireNonNull(logDir, "logDir");
        extra = Map.copyOf(Objects.requireNonNull(extra, "extra"));
    }

    /** The full broker configuration: defaults, then the caller's extras with port placeholders resolved. */
    public Map<String, String> toMap() {
        Map<String, String> props = new LinkedHashMap<>(defaults());
        extra.forEach((key, value) -> props.put(key, resolvePlaceholders(value)));
        return props;
    }

    private Map<String, String> defaults() {
        Map<String, String> p = new LinkedHashMap<>();
        putSingleNodeKraft(p);
        putSingleReplica(p);
        // topics are created explicitly, as in production (contract: auto-creation off)
        p.put("auto.create.topics.enable", "false");
        // tests and the demo must not wait 3 s for the first rebalance
        p.put("group.initial.rebalance.delay.ms", "0");
        putSmallFootprint(p);
        return p;
    }

    /** KRaft, one node that is both broker and its own single-voter controller quorum, on loopback. */
    private void putSingleNodeKraft(Map<String, String> p) {
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + plaintextPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + plaintextPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,"
                + "SASL_PLAINTEXT:SASL_PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL");
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
    }

    /** A single replica: internal topics must not ask for more. */
    private static void putSingleReplica(Map<String, String> p) {
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
    }

    /** Small thread pools and buffers: the broker shares a 2-core machine and the JVM heap with its users. */
    private static void putSmallFootprint(Map<String, String> p) {
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.replica.fetchers", "1");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("log.cleaner.io.buffer.size", Integer.toString(256 * 1024));
        p.put("log.index.size.max.bytes", Integer.toString(1024 * 1024));
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
    }

    private String resolvePlaceholders(String value) {
        return Objects.requireNonNull(value, "extra property value")
                .replace("${plaintext.port}", Integer.toString(plaintextPort))
                .replace("${controller.port}", Integer.toString(controllerPort));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BrokerProperties[plaintext=%d, controller=%d, logDir=%s, extra=%s]",
                plaintextPort, controllerPort, logDir, extra.keySet());
    }
}
