package io.newspipe.producer.config;

import io.newspipe.producer.guard.IpLiterals;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The producer service's configuration ({@code ./newspipe producer --config <file>}): a properties file,
 * each key overridable by an environment variable {@code NEWSPIPE_<KEY>} (upper case, dots as underscores,
 * e.g. {@code NEWSPIPE_BOOTSTRAP_SERVERS}).
 *
 * <ul>
 *   <li>{@code bootstrap.servers} (default {@code localhost:9092}): the Kafka cluster;</li>
 *   <li>{@code sources}: path of the sources YAML (relative to the properties file), required for the
 *       live service, unused by importers;</li>
 *   <li>{@code state.dir} (default {@code ./producer-state}): where the seen-set and validators live
 *       (see {@link io.newspipe.producer.state.CrawlState});</li>
 *   <li>{@code max.page.bytes} (default 900000, below Kafka's default 1 MiB {@code max.message.bytes}):
 *       serialised pages above it become dead letters {@code too_large};</li>
 *   <li>{@code client.id} (default {@code newspipe-producer});</li>
 *   <li>{@code metrics.port} (default 0 = off): serves {@code /metrics} (Prometheus text format);</li>
 *   <li>{@code metrics.bind} (default {@code 127.0.0.1}): the IP address {@code /metrics} listens on; an IP
 *       literal, never a host name (no DNS at start). Loopback keeps the counters private to the machine;
 *       in a container set {@code 0.0.0.0} (e.g. {@code NEWSPIPE_METRICS_BIND=0.0.0.0}) so Prometheus in
 *       another container can scrape it;</li>
 *   <li>{@code kafka.*}: passed to the KafkaProducer without the prefix (security settings, ...).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public record ProducerConfig(String bootstrapServers, Path sources, Path stateDir, int maxPageBytes,
                             String clientId, int metricsPort, String metricsBind, Map<String, String> kafka) {
    public static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    public static final int DEFAULT_MAX_PAGE_BYTES = 900_000;
    public static final String DEFAULT_METRICS_BIND = "127.0.0.1";
    private static final Set<String> KEYS = Set.of("bootstrap.servers", "sources", "state.dir", "max.page.bytes",
            "client.id", "metrics.port", "metrics.bind");

    public ProducerConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(metricsBind, "metricsBind");
        kafka = Map.copyOf(kafka);
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("max.page.bytes must be positive");
        }
        if (IpLiterals.parse(metricsBind).isEmpty()) {
            throw new IllegalArgumentException("metrics.bind: not an IP address: " + metricsBind);
        }
    }

    /** The configuration before {@code metrics.bind} existed: {@code /metrics} on {@value #DEFAULT_METRICS_BIND}. */
    public ProducerConfig(String bootstrapServers, Path sources, Path stateDir, int maxPageBytes, String clientId,
                          int metricsPort, Map<String, String> kafka) {
        this(bootstrapServers, sources, stateDir, maxPageBytes, clientId, metricsPort, DEFAULT_METRICS_BIND, kafka);
    }

    /** A configuration with defaults for everything but the bootstrap servers (for importers and tests). */
    public static ProducerConfig of(String bootstrapServers) {
        return new ProducerConfig(bootstrapServers, null, Path.of("producer-state"), DEFAULT_MAX_PAGE_BYTES,
                "newspipe-producer", 0, Map.of());
    }

    /** The address {@code /metrics} listens on ({@code metrics.bind}, already checked to be an IP literal). */
    public InetAddress metricsAddress() {
        return IpLiterals.parse(metricsBind).orElseThrow();
    }

    /** Loads a properties file with the process environment's overrides. */
    public static ProducerConfig load(Path file) throws IOException {
        return load(file, System.getenv());
    }

    /** Loads a properties file; {@code env} supplies the {@code NEWSPIPE_*} overrides. */
    public static ProducerConfig load(Path file, Map<String, String> env) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(env, "env");
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        Map<String, String> values = new TreeMap<>();
        Map<String, String> kafka = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("kafka.")) {
                kafka.put(key.substring("kafka.".length()), props.getProperty(key).strip());
            } else if (KEYS.contains(key)) {
                values.put(key, props.getProperty(key).strip());
            } else {
                throw new IllegalArgumentException(file + ": unknown key " + key);
            }
        }
        for (String key : KEYS) {
            String override = env.get("NEWSPIPE_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
            if (override != null && !override.isBlank()) {
                values.put(key, override.strip());
            }
        }
        Path base = file.toAbsolutePath().getParent();
        return new ProducerConfig(
                values.getOrDefault("bootstrap.servers", DEFAULT_BOOTSTRAP),
                values.containsKey("sources") ? base.resolve(values.get("sources")) : null,
                base.resolve(values.getOrDefault("state.dir", "producer-state")),
                number(values, "max.page.bytes", DEFAULT_MAX_PAGE_BYTES),
                values.getOrDefault("client.id", "newspipe-producer"),
                number(values, "metrics.port", 0),
                values.getOrDefault("metrics.bind", DEFAULT_METRICS_BIND),
                kafka);
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + v, e);
        }
    }

    public ProducerConfig withStateDir(Path dir) {
        return new ProducerConfig(bootstrapServers, sources, dir, maxPageBytes, clientId, metricsPort, metricsBind, kafka);
    }

    public ProducerConfig withMaxPageBytes(int bytes) {
        return new ProducerConfig(bootstrapServers, sources, stateDir, bytes, clientId, metricsPort, metricsBind,
                kafka);
    }
}
