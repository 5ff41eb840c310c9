package io.newspipe.streams.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads committed consumer-group lag with the {@link Admin} client: committed offsets against the
 * partitions' end offsets. Unlike fetch-position lag reported by the consumer itself, this shows a
 * stalled or dead group. Thread-safe when the Admin client is (it is).
 */
public final class GroupLagReader {
    private static final long TIMEOUT_SECONDS = 10;
    private final Admin admin;

    public GroupLagReader(Admin admin) {
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    /** Lag of {@code group} on every partition of {@code topics}, sorted by topic and partition. */
    public List<PartitionLag> read(String group, List<String> topics) throws InterruptedException {
        Objects.requireNonNull(group, "group");
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((name, description) -> description.partitions().forEach(
                            p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<PartitionLag> lags = new ArrayList<>();
            ends.forEach((tp, info) -> {
                OffsetAndMetadata c = committed.get(tp);
                lags.add(new PartitionLag(group, tp.topic(), tp.partition(), c == null ? -1 : c.offset(),
                        info.offset()));
            });
            lags.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
            return lags;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read lag of group " + group + ": " + e.getMessage(), e);
        }
    }

    /** Total lag over partitions. */
    public static long total(List<PartitionLag> lags) {
        return lags.stream().mapToLong(PartitionLag::lag).sum();
    }
}
