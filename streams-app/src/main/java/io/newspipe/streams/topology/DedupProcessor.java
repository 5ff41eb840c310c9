package io.newspipe.streams.topology;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.stage.DeadLetters;
import io.newspipe.streams.stage.DedupStage;
import io.newspipe.streams.stage.StageResult;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DedupStage} against the dedup stores. Its input topic has one partition, so every
 * candidate is decided by one task in one order: two copies arriving at once from different input
 * partitions still end as one article and one duplicate. Output key: the candidate's article id.
 */
final class DedupProcessor implements Processor<String, Article, String, StageResult> {
    private static final Logger LOG = LoggerFactory.getLogger(DedupProcessor.class);
    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);
    private final DedupStage stage;
    private final DedupConfig config;
    private final Clock clock;
    private ProcessorContext<String, StageResult> context;
    private StoreDedupState state;
    private long maxEventTime = Long.MIN_VALUE;
    private long lastExpiry = Long.MIN_VALUE;

    DedupProcessor(DedupConfig config, Clock clock) {
        this.config = config;
        this.stage = new DedupStage(config);
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, StageResult> context) {
        this.context = context;
        this.state = new StoreDedupState(context, new DedupStateCodec(config));
    }

    /**
     * Expiry follows the pages' own event time (fetched_at), the clock the dedup decisions use, not the
     * record timestamps: an import of old archives would otherwise expire everything at once. Decisions
     * already ignore stale entries, so for pages arriving in event-time order expiry changes only the
     * state size. A page more than one retention window older than the newest page seen (an archive
     * import running beside the live crawl) may find its original already deleted and become an
     * article: such late pages are not reliably deduplicated.
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

    @Override
    public void process(Record<String, Article> record) {
        Article candidate = record.value();
        StageResult result;
        try {
            result = stage.apply(candidate, state);
        } catch (org.apache.kafka.streams.errors.StreamsException e) {
            // a state-store fault is infrastructure, not bad input: fail so the record is retried
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("dedup failed for {}", candidate.getUrl(), e);
            result = StageResult.of(DeadLetters.ofUrl(candidate.getUrl(), DeadLetters.STAGE_DEDUP,
                    DeadLetters.REASON_INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    clock.instant()));
        }
        context.forward(record.withKey(candidate.getId()).withValue(result));
        expireIfDue(candidate.getFetchedAt().toEpochMilli());
    }
}
