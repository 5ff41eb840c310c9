package io.newspipe.streams.topology;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.streams.stage.DedupDecisions;
import io.newspipe.streams.stage.SeenContent;
import io.newspipe.streams.stage.StageResult;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by normalised content hash: the first article with a content wins, later ones become
 * duplicate notices. Output key: the candidate's article id.
 */
final class ContentDedupProcessor implements Processor<String, Article, String, StageResult> {
    private ProcessorContext<String, StageResult> context;
    private KeyValueStore<String, byte[]> seen;

    @Override
    public void init(ProcessorContext<String, StageResult> context) {
        this.context = context;
        this.seen = context.getStateStore(Names.STORE_SEEN_CONTENT);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article candidate = record.value();
        byte[] stored = seen.get(record.key());
        Optional<DuplicateNotice> notice = DedupDecisions.byContent(candidate,
                stored == null ? null : SeenContent.fromBytes(stored));
        if (notice.isPresent()) {
            context.forward(record.withKey(candidate.getId()).withValue(StageResult.of(notice.get())));
            return;
        }
        seen.put(record.key(), new SeenContent(candidate.getId(), candidate.getUrl(),
                candidate.getFetchedAt().toEpochMilli()).toBytes());
        context.forward(record.withKey(candidate.getId()).withValue(StageResult.of(candidate)));
    }
}
