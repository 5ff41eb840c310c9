package io.newspipe.streams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the streams app's committed lag and time lag every few seconds with a {@link LagProbe},
 * and the end offsets of the output topics, and exposes them as gauges
 * ({@code newspipe_consumer_group_lag}, {@code newspipe_consumer_group_time_lag_seconds},
 * {@code newspipe_consumer_group_committed_offset}, {@code newspipe_topic_end_offset}) plus a
 * {@link LagHistory} for the status page. Thread-safe; the probe runs on its own daemon thread.
 */
public final class LagMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LagMonitor.class);
    private final LagProbe probe;
    private final Admin admin;
    private final String group;
    private final List<String> inputTopics;
    private final List<String> outputTopics;
    private final LagHistory history = new LagHistory(Duration.ofMinutes(10).toMillis(), 30_000);
    private final MultiGauge lag;
    private final MultiGauge timeLag;
    private final MultiGauge committed;
    private final MultiGauge endOffsets;
    private final Counter errors;
    private final AtomicLong lastSuccessMs = new AtomicLong();
    private final ScheduledExecutorService executor;

    /**
     * Starts reading every {@code interval}.
     *
     * @param probe the probe, owned (closed) by the monitor
     * @param admin Admin client for output end offsets, not closed by the monitor
     */
    public LagMonitor(LagProbe probe, Admin admin, String group, List<String> inputTopics,
            List<String> outputTopics, MeterRegistry registry, Duration interval) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.group = Objects.requireNonNull(group, "group");
        this.inputTopics = List.copyOf(inputTopics);
        this.outputTopics = List.copyOf(outputTopics);
        this.lag = MultiGauge.builder("newspipe.consumer.group.lag")
                .description("Committed consumer-group lag per input partition (end offset - committed offset)")
                .register(registry);
        this.timeLag = MultiGauge.builder("newspipe.consumer.group.time.lag").baseUnit("seconds")
                .description("Age of the oldest unprocessed record per input partition (0 when caught up)")
                .register(registry);
        this.committed = MultiGauge.builder("newspipe.consumer.group.committed.offset")
                .description("The group's committed offset per input partition").register(registry);
        this.endOffsets = MultiGauge.builder("newspipe.topic.end.offset")
                .description("End offset (read_committed) per partition of the input and output topics")
                .register(registry);
        this.errors = Counter.builder("newspipe.lag.probe.errors").description("Failed lag readings")
                .register(registry);
        Gauge.builder("newspipe.lag.probe.last.success.time", lastSuccessMs, v -> v.get() / 1000.0)
                .baseUnit("seconds").description("Unix time of the last successful lag reading")
                .register(registry);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newspipe-lag-monitor");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::readSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True when the last successful reading is at most {@code maxAge} old. */
    public boolean isFresh(Duration maxAge) {
        long last = lastSuccessMs.get();
        return last > 0 && System.currentTimeMillis() - last <= maxAge.toMillis();
    }

    /** The kept snapshots and rates. */
    public LagHistory history() {
        return history;
    }

    private void readSafely() {
        try {
            LagSnapshot snapshot = probe.read(group, inputTopics);
            history.add(snapshot);
            publishEnds(publish(snapshot));
            lastSuccessMs.set(snapshot.atMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            // A broker outage must not kill the monitor thread; the error counter and the stale
            // last-success time show it on the dashboard.
            errors.increment();
            LOG.warn("lag reading of group {} failed", group, e);
        }
    }

    /** Publishes the partition gauges; returns the input topic's end-offset rows. */
    private List<MultiGauge.Row<?>> publish(LagSnapshot snapshot) {
        List<MultiGauge.Row<?>> lagRows = new ArrayList<>();
        List<MultiGauge.Row<?>> timeRows = new ArrayList<>();
        List<MultiGauge.Row<?>> committedRows = new ArrayList<>();
        List<MultiGauge.Row<?>> endRows = new ArrayList<>();
        for (PartitionState p : snapshot.partitions()) {
            PartitionLag l = p.lag();
            Tags tags = Tags.of("group", group, "topic", l.topic(), "partition", Integer.toString(l.partition()));
            lagRows.add(MultiGauge.Row.of(tags, l.lag()));
            timeRows.add(MultiGauge.Row.of(tags, p.timeLagSeconds(snapshot.atMs())));
            committedRows.add(MultiGauge.Row.of(tags, Math.max(0, l.committedOffset())));
            endRows.add(MultiGauge.Row.of(Tags.of("topic", l.topic(), "partition",
                    Integer.toString(l.partition())), l.endOffset()));
        }
        lag.register(lagRows, true);
        timeLag.register(timeRows, true);
        committed.register(committedRows, true);
        return endRows;
    }

    private void publishEnds(List<MultiGauge.Row<?>> inputEnds) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(outputTopics).allTopicNames().get(10, TimeUnit.SECONDS)
                .forEach((name, d) -> d.partitions().forEach(
                        p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        List<MultiGauge.Row<?>> rows = new ArrayList<>(inputEnds);
        admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(10, TimeUnit.SECONDS).forEach((tp, info) -> rows.add(MultiGauge.Row.of(
                        Tags.of("topic", tp.topic(), "partition", Integer.toString(tp.partition())), info.offset())));
        endOffsets.register(rows, true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        probe.close();
    }
}
