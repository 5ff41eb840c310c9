package io.newspipe.streams.config;

import io.newspipe.streams.route.Route;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The streams app's configuration, immutable. Load it with {@link ConfigLoader}; every key and its
 * default is documented in {@code io/newspipe/streams/config/defaults.properties}.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param applicationId Kafka Streams application id
 * @param processingGuarantee exactly_once_v2 or at_least_once
 * @param numStreamThreads stream threads in this instance
 * @param numStandbyReplicas standby replicas of state stores
 * @param stateDir RocksDB state directory
 * @param commitIntervalMs commit interval
 * @param topics the topic names
 * @param maxPageBytes larger pages are dead-lettered
 * @param maxArticleBytes articles whose record would be larger are dead-lettered (must fit the output topics)
 * @param extractTimeout wall-clock budget of one page's extraction; zero = no budget
 * @param dedupRetention how long dedup state is kept, in event time
 * @param dedupPartitions partitions of the dedup input and protocol topics: dedup (and tagging, which runs in
 *     the same tasks) runs in this many parallel tasks
 * @param tagPartitions deprecated and ignored: tagging runs in the dedup tasks ({@code dedupPartitions})
 * @param routes routed-copy rules
 * @param httpPort port of the metrics/health/status server; 0 = free port, -1 = off
 * @param kafkaOverrides extra Kafka Streams/client settings (security, tuning)
 */
public record StreamsAppConfig(
        String bootstrapServers,
        String applicationId,
        String processingGuarantee,
        int numStreamThreads,
        int numStandbyReplicas,
        Path stateDir,
        long commitIntervalMs,
        TopicNames topics,
        int maxPageBytes,
        int maxArticleBytes,
        Duration extractTimeout,
        Duration dedupRetention,
        int dedupPartitions,
        int tagPartitions,
        List<Route> routes,
        int httpPort,
        Map<String, String> kafkaOverrides) {

    public StreamsAppConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(processingGuarantee, "processingGuarantee");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(dedupRetention, "dedupRetention");
        Objects.requireNonNull(extractTimeout, "extractTimeout");
        routes = List.copyOf(routes);
        kafkaOverrides = Map.copyOf(kafkaOverrides);
        if (dedupPartitions < 1) {
            throw new IllegalArgumentException("dedup.partitions must be at least 1, got " + dedupPartitions);
        }
    }

    /** The defaults, with no file and no environment. */
    public static StreamsAppConfig defaults() {
        return ConfigLoader.load(null, Map.of());
    }

    public StreamsAppConfig withBootstrapServers(String servers) {
        return new StreamsAppConfig(servers, applicationId, processingGuarantee, numStreamThreads,
                numStandbyReplicas, stateDir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, extractTimeout, dedupRetention, dedupPartitions, tagPartitions, routes,
                httpPort, kafkaOverrides);
    }

    public StreamsAppConfig withApplicationId(String id) {
        return new StreamsAppConfig(bootstrapServers, id, processingGuarantee, numStreamThreads,
                numStandbyReplicas, stateDir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, extractTimeout, dedupRetention, dedupPartitions, tagPartitions, routes,
                httpPort, kafkaOverrides);
    }

    public StreamsAppConfig withStateDir(Path dir) {
        return new StreamsAppConfig(bootstrapServers, applicationId, processingGuarantee, numStreamThreads,
                numStandbyReplicas, dir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, extractTimeout, dedupRetention, dedupPartitions, tagPartitions, routes,
                httpPort, kafkaOverrides);
    }

    public StreamsAppConfig withTopics(TopicNames names) {
        return new StreamsAppConfig(bootstrapServers, applicationId, processingGuarantee, numStreamThreads,
                numStandbyReplicas, stateDir, commitIntervalMs, names, maxPageBytes, maxArticleBytes, extractTimeout, dedupRetention, dedupPartitions, tagPartitions, routes,
                httpPort, kafkaOverrides);
    }

    public StreamsAppConfig withThreads(int threads) {
        return new StreamsAppConfig(bootstrapServers, applicationId, processingGuarantee, threads,
                numStandbyReplicas, stateDir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, extractTimeout, dedupRetention, dedupPartitions, tagPartitions, routes,
                httpPort, kafkaOverrides);
    }

    public StreamsAppConfig withRoutes(List<Route> newRoutes) {
        return new StreamsAppConfig(bootstrapServers, applicationId, processingGuarantee, numStreamThreads,
                numStandbyReplicas, stateDir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, extractTimeout, dedupRetention, dedupPartitions, tagPartitions, newRoutes,
                httpPort, kafkaOverrides);
    }

    /** This configuration without an extraction time budget (deterministic runs such as process). */
    public StreamsAppConfig withoutExtractTimeout() {
        return new StreamsAppConfig(bootstrapServers, applicationId, processingGuarantee, numStreamThreads,
                numStandbyReplicas, stateDir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, Duration.ZERO,
                dedupRetention, dedupPartitions, tagPartitions, routes, httpPort, kafkaOverrides);
    }

    /** This configuration with another dedup partition count. */
    public StreamsAppConfig withDedupPartitions(int partitions) {
        return new StreamsAppConfig(bootstrapServers, applicationId, processingGuarantee, numStreamThreads,
                numStandbyReplicas, stateDir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, extractTimeout,
                dedupRetention, partitions, tagPartitions, routes, httpPort, kafkaOverrides);
    }

    /** The protocol topic of the partitioned dedup: {@code <application.id>-dedup-protocol}. */
    public String dedupProtocolTopic() {
        return applicationId + "-dedup-protocol";
    }

    public StreamsAppConfig withHttpPort(int port) {
        return new StreamsAppConfig(bootstrapServers, applicationId, processingGuarantee, numStreamThreads,
                numStandbyReplicas, stateDir, commitIntervalMs, topics, maxPageBytes, maxArticleBytes, extractTimeout, dedupRetention, dedupPartitions, tagPartitions, routes,
                port, kafkaOverrides);
    }
}
