package io.newspipe.streams.topology;

import io.newspipe.avro.Article;
import io.newspipe.streams.stage.DedupDecisions;
import io.newspipe.streams.stage.SeenUrl;
import io.newspipe.streams.stage.StageResult;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by canonical URL: new content for a known URL is the next revision of its article; an older
 * fetch arriving after a newer revision is a {@code superseded} duplicate notice.
 * Output key: the article id.
 */
final class UrlRevisionProcessor implements Processor<String, Article, String, StageResult> {
    private ProcessorContext<String, StageResult> context;
    private KeyValueStore<String, byte[]> seen;

    @Override
    public void init(ProcessorContext<String, StageResult> context) {
        this.context = context;
        this.seen = context.getStateStore(Names.STORE_SEEN_URLS);
    }

    @Override
    public void process(Record<String, Article> record) {
        byte[] stored = seen.get(record.key());
        StageResult result = DedupDecisions.byUrlInFetchOrder(record.value(),
                stored == null ? null : SeenUrl.fromBytes(stored));
        if (result.isDuplicate()) {
            context.forward(record.withKey(result.duplicate().getDuplicateOf()).withValue(result));
            return;
        }
        Article article = result.article();
        seen.put(record.key(), new SeenUrl(article.getId(), article.getRevision(), article.getContentHash(),
                article.getFetchedAt().toEpochMilli()).toBytes());
        context.forward(record.withKey(article.getId()).withValue(result));
    }
}
