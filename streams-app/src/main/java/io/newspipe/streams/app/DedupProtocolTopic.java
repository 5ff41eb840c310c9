package io.newspipe.streams.app;

import io.newspipe.streams.config.StreamsAppConfig;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the partitioned dedup's protocol topic ({@link StreamsAppConfig#dedupProtocolTopic()}) before the
 * streams client starts. The topology both writes and reads it, so Kafka Streams treats it as a user topic
 * and does not create it; it must have exactly {@code dedup.partitions} partitions, like the dedup input
 * topic, so that a key's messages and its articles meet in the same task. A topic with another count
 * fails the start with a clear message instead of misrouting. Stateless and thread-safe.
 */
public final class DedupProtocolTopic {
    private static final long TIMEOUT_SECONDS = 30;

    private DedupProtocolTopic() {
    }

    /** Creates the topic when missing; fails when it exists with another partition count. */
    public static void ensure(Admin admin, StreamsAppConfig config) throws InterruptedException {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(config, "config");
        String topic = config.dedupProtocolTopic();
        int wanted = config.dedupPartitions();
        Optional<Integer> existing = partitions(admin, topic);
        if (existing.isEmpty()) {
            try {
                // messages are consumed within seconds; a week covers any realistic outage of the app
                admin.createTopics(List.of(new NewTopic(topic, Optional.of(wanted), Optional.empty())
                        .configs(Map.of("retention.ms", String.valueOf(TimeUnit.DAYS.toMillis(7))))))
                        .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create the dedup protocol topic " + topic, e);
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("timed out creating the dedup protocol topic " + topic, e);
            }
            existing = partitions(admin, topic);
        }
        if (existing.isPresent() && existing.get() != wanted) {
            throw new IllegalStateException("the dedup protocol topic " + topic + " has " + existing.get()
                    + " partitions but dedup.partitions is " + wanted + "; set dedup.partitions=" + existing.get()
                    + " or reset the application (kafka-streams-application-reset) and delete the topic");
        }
    }

    private static Optional<Integer> partitions(Admin admin, String topic) throws InterruptedException {
        try {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
            return Optional.of(d.partitions().size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw new IllegalStateException("cannot describe the dedup protocol topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out describing the dedup protocol topic " + topic, e);
        }
    }
}
