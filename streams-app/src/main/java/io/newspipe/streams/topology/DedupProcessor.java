package io.newspipe.streams.topology;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupMessage;
import io.newspipe.streams.dedup.DedupMessageCodec;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.stage.DeadLetters;
import io.newspipe.streams.stage.DedupOutbox;
import io.newspipe.streams.stage.PartitionedDedupStage;
import io.newspipe.streams.stage.StageResult;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts one task's {@link PartitionedDedupStage} to Kafka Streams: article candidates (from the dedup
 * input topic, keyed by article id hash) and protocol messages (from the protocol topic) in; decided pages
 * (keyed by article id, with the page's record timestamp and headers, kept in the dedup state while the
 * page waits) and protocol messages (keyed by their routing key, no headers) out. The task's partition is
 * the partition of both input topics it reads.
 */
final class DedupProcessor implements Processor<Long, DedupIo.In, Long, DedupIo.Out> {
    private static final Logger LOG = LoggerFactory.getLogger(DedupProcessor.class);
    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);
    private final DedupConfig config;
    private final int partitions;
    private final Clock clock;
    private final DedupMessageCodec codec;
    private ProcessorContext<Long, DedupIo.Out> context;
    private StoreDedupState state;
    private PartitionedDedupStage stage;
    private long timestamp;
    private long maxEventTime = Long.MIN_VALUE;
    private long lastExpiry = Long.MIN_VALUE;

    DedupProcessor(DedupConfig config, int partitions, Clock clock) {
        this.config = config;
        this.partitions = partitions;
        this.clock = clock;
        this.codec = new DedupMessageCodec(config);
    }

    @Override
    public void init(ProcessorContext<Long, DedupIo.Out> context) {
        this.context = context;
        this.state = new StoreDedupState(context, new DedupStateCodec(config), codec);
        int partition = context.taskId().partition();
        this.stage = new PartitionedDedupStage(config, partitions, partition, state,
                new Outbox());
    }

    @Override
    public void process(Record<Long, DedupIo.In> record) {
        timestamp = record.timestamp();
        if (record.value().article() != null) {
            processArticle(record.value().article(), record.value().articleBytes(), record.headers());
        } else {
            processMessage(record.key(), record.value().message());
        }
    }

    private void processArticle(Article candidate, byte[] candidateBytes, Headers headers) {
        try {
            stage.onArticle(candidate, candidateBytes, timestamp, HeaderBytes.encode(headers));
        } catch (StreamsException e) {
            // a state-store fault is infrastructure, not bad input: fail so the record is retried
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("dedup failed for {}", candidate.getUrl(), e);
            context.forward(new Record<>(0L, DedupIo.Out.result(candidate.getId(), StageResult.of(
                    DeadLetters.ofUrl(candidate.getUrl(), DeadLetters.STAGE_DEDUP, DeadLetters.REASON_INTERNAL_ERROR,
                            e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant()))), timestamp,
                    headers));
        }
        expireIfDue(candidate.getFetchedAt().toEpochMilli());
    }

    private void processMessage(Long key, byte[] bytes) {
        DedupMessage message;
        try {
            message = codec.decode(key == null ? 0 : key, bytes);
        } catch (IllegalArgumentException e) {
            // only this app writes the protocol topic: a record it cannot read was not written by it
            LOG.error("dedup: ignoring an unreadable record on the protocol topic (key {})", key, e);
            return;
        }
        stage.onMessage(message, timestamp);
    }

    /**
     * Expiry follows the pages' own event time (fetched_at), the clock the dedup decisions use, not the
     * record timestamps: an import of old archives would otherwise expire everything at once. Decisions
     * already ignore stale entries, so for pages arriving in event-time order expiry changes only the
     * state size. A page more than one retention window older than the newest page seen may find its
     * original already deleted and become an article: such late pages are not reliably deduplicated.
     */
    private void expireIfDue(long eventTime) {
        maxEventTime = Math.max(maxEventTime, eventTime);
        if (lastExpiry == Long.MIN_VALUE) {
            lastExpiry = maxEventTime;
        }
        if (maxEventTime - lastExpiry >= EXPIRY_INTERVAL.toMillis()) {
            int deleted = state.expire(maxEventTime - config.retention().toMillis());
            lastExpiry = maxEventTime;
            if (deleted > 0) {
                LOG.info("dedup state: expired {} records older than {}", deleted, config.retention());
            }
        }
    }

    private final class Outbox implements DedupOutbox {
        @Override
        public void emit(String articleId, StageResult result, long resultTimestamp, byte[] carry) {
            context.forward(new Record<>(0L, DedupIo.Out.result(articleId, result), resultTimestamp,
                    HeaderBytes.decode(carry)));
        }

        @Override
        public void send(DedupMessage message) {
            context.forward(new Record<>(message.routingKey(), DedupIo.Out.message(codec.encode(message)), timestamp));
        }
    }
}
