package io.newspipe.embedded;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The admin side of an {@link EmbeddedKafka}: one lazily created {@link Admin} client, the readiness
 * check run at startup and topic creation.
 *
 * <p>Thread-safe.
 */
final class BrokerAdmin implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final String READINESS_ID = "newspipe-embedded-readiness";

    private final String bootstrapServers;
    private Admin client;
    private boolean closed;

    BrokerAdmin(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    synchronized Admin client() {
        if (closed) {
            throw new IllegalStateException("embedded Kafka is closed");
        }
        if (client == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newspipe-embedded-admin");
            client = Admin.create(props);
        }
        return client;
    }

    /**
     * Returns once the broker answers {@code describeCluster}, the group coordinator serves
     * {@code __consumer_offsets} and a transactional producer can initialise; all three are otherwise
     * paid for by the first test or the demo's first {@code exactly_once_v2} application.
     */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitClusterAnswers(deadline);
        try {
            client().listConsumerGroupOffsets(READINESS_ID).partitionsToOffsetAndMetadata()
                    .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw EmbeddedKafka.unchecked("waiting for the group coordinator", e);
        }
        initTransactions(deadline);
    }

    private void awaitClusterAnswers(long deadline) {
        while (true) {
            try {
                client().describeCluster().clusterId().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (remainingMillis(deadline) <= POLL_INTERVAL.toMillis()) {
                    throw EmbeddedKafka.unchecked("describeCluster", e);
                }
                sleep(POLL_INTERVAL);
            } catch (InterruptedException | TimeoutException e) {
                throw EmbeddedKafka.unchecked("describeCluster", e);
            }
        }
    }

    private void initTransactions(long deadline) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, READINESS_ID + "-" + UUID.randomUUID());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(remainingMillis(deadline)));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, READINESS_ID);
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.commitTransaction();
        }
    }

    /**
     * Creates the topics, ignoring those that exist already, and waits until the broker's own metadata
     * shows every partition with a leader: the controller acknowledges creation before the broker has
     * caught up, and Kafka Streams fails at startup on a source topic its broker does not know yet.
     */
    void createTopics(Collection<NewTopic> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        requestCreation(topics, timeout);
        List<String> names = topics.stream().map(NewTopic::name).toList();
        while (!allLeadersKnown(names, deadline)) {
            if (remainingMillis(deadline) <= POLL_INTERVAL.toMillis()) {
                throw new IllegalStateException("topics " + names + " have no leader after " + timeout);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private boolean allLeadersKnown(List<String> names, long deadline) {
        try {
            Map<String, TopicDescription> descriptions = client().describeTopics(names).allTopicNames()
                    .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            return descriptions.values().stream()
                    .flatMap(description -> description.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw EmbeddedKafka.unchecked("describing topics " + names, e);
        } catch (InterruptedException | TimeoutException e) {
            throw EmbeddedKafka.unchecked("describing topics " + names, e);
        }
    }

    private void requestCreation(Collection<NewTopic> topics, Duration timeout) {
        CreateTopicsResult result = client().createTopics(topics);
        for (Map.Entry<String, KafkaFuture<Void>> entry : result.values().entrySet()) {
            try {
                entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw EmbeddedKafka.unchecked("creating topic " + entry.getKey(), e);
                }
            } catch (InterruptedException | TimeoutException e) {
                throw EmbeddedKafka.unchecked("creating topic " + entry.getKey(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            client.close(Duration.ofSeconds(2));
            client = null;
        }
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }
}
