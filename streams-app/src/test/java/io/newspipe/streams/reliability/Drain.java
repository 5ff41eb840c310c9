package io.newspipe.streams.reliability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Waits until the app has committed the whole raw topic and the ledger has seen every output. */
public final class Drain {
    private static final Duration QUIET = Duration.ofSeconds(3);

    private Drain() {
    }

    /**
     * Polls the ledger until it holds at least {@code expected} outputs and the application's group
     * has committed the raw topic's end, then keeps reading a little longer so a late duplicate would
     * still show. Returns on timeout too: the caller's assertions then report what is missing.
     */
    public static void await(Admin admin, String appId, String rawTopic, OutputLedger ledger, int expected,
            Duration timeout) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            ledger.poll(Duration.ofMillis(500));
            if (ledger.total() >= expected && committedToEnd(admin, appId, rawTopic)) {
                break;
            }
        }
        ledger.poll(QUIET);
    }

    private static boolean committedToEnd(Admin admin, String appId, String rawTopic)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(java.util.List.of(rawTopic)).allTopicNames().get().get(rawTopic).partitions()
                .forEach(p -> request.put(new TopicPartition(rawTopic, p.partition()), OffsetSpec.latest()));
        var ends = admin.listOffsets(request).all().get();
        for (var e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            if (e.getValue().offset() > 0 && (c == null || c.offset() < e.getValue().offset())) {
                return false;
            }
        }
        return true;
    }
}
