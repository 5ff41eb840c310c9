package io.newspipe.streams.topology;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupMessageCodec;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.dedup.DuplicateOf;
import io.newspipe.streams.dedup.PendingWork;
import io.newspipe.streams.stage.PartitionedDedupState;
import io.newspipe.streams.stage.WaitingPage;
import io.newspipe.streams.stage.WaitingPageCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** {@link PartitionedDedupState} over the six named, changelogged dedup stores of one task. Not thread-safe. */
final class StoreDedupState implements PartitionedDedupState {
    private final DedupStateCodec codec;
    private final DedupMessageCodec messages;
    private final KeyValueStore<Long, byte[]> articles;
    private final KeyValueStore<Long, byte[]> duplicateUrls;
    private final KeyValueStore<Long, byte[]> content;
    private final KeyValueStore<Long, byte[]> bands;
    private final KeyValueStore<Long, byte[]> pending;
    private final KeyValueStore<Long, byte[]> waiting;
    private final WaitingPageCodec waitingCodec = new WaitingPageCodec();

    StoreDedupState(ProcessorContext<?, ?> context, DedupStateCodec codec, DedupMessageCodec messages) {
        this.codec = codec;
        this.messages = messages;
        this.articles = context.getStateStore(Names.STORE_DEDUP_ARTICLES);
        this.duplicateUrls = context.getStateStore(Names.STORE_DEDUP_DUPLICATE_URLS);
        this.content = context.getStateStore(Names.STORE_DEDUP_CONTENT);
        this.bands = context.getStateStore(Names.STORE_DEDUP_BANDS);
        this.pending = context.getStateStore(Names.STORE_DEDUP_PENDING);
        this.waiting = context.getStateStore(Names.STORE_DEDUP_WAITING);
    }

    @Override
    public ArticleState article(long articleIdHash) {
        byte[] bytes = articles.get(articleIdHash);
        return bytes == null ? null : codec.decodeArticle(bytes);
    }

    @Override
    public void putArticle(long articleIdHash, ArticleState state) {
        articles.put(articleIdHash, codec.encodeArticle(state));
    }

    @Override
    public void deleteArticle(long articleIdHash) {
        articles.delete(articleIdHash);
    }

    @Override
    public DuplicateOf duplicateOf(long articleIdHash) {
        byte[] bytes = duplicateUrls.get(articleIdHash);
        return bytes == null ? null : DedupStateCodec.decodeDuplicateOf(bytes);
    }

    @Override
    public void putDuplicateOf(long articleIdHash, DuplicateOf duplicate) {
        duplicateUrls.put(articleIdHash, DedupStateCodec.encodeDuplicateOf(duplicate));
    }

    @Override
    public List<BandEntry> band(long bandKey) {
        return entries(bands.get(bandKey));
    }

    @Override
    public void putBand(long bandKey, List<BandEntry> entries) {
        putEntries(bands, bandKey, entries);
    }

    @Override
    public List<BandEntry> content(long contentHash) {
        return entries(content.get(contentHash));
    }

    @Override
    public void putContent(long contentHash, List<BandEntry> entries) {
        putEntries(content, contentHash, entries);
    }

    @Override
    public PendingWork pending(long articleIdHash) {
        byte[] bytes = pending.get(articleIdHash);
        return bytes == null ? null : messages.decodePending(bytes);
    }

    @Override
    public void putPending(long articleIdHash, PendingWork work) {
        pending.put(articleIdHash, messages.encodePending(work));
    }

    @Override
    public void deletePending(long articleIdHash) {
        pending.delete(articleIdHash);
    }

    @Override
    public List<WaitingPage> waiting(long articleIdHash) {
        byte[] bytes = waiting.get(articleIdHash);
        return bytes == null ? List.of() : waitingCodec.decode(bytes);
    }

    @Override
    public void putWaiting(long articleIdHash, List<WaitingPage> pages) {
        waiting.put(articleIdHash, waitingCodec.encode(pages));
    }

    @Override
    public void deleteWaiting(long articleIdHash) {
        waiting.delete(articleIdHash);
    }

    private static List<BandEntry> entries(byte[] bytes) {
        return bytes == null ? List.of() : DedupStateCodec.decodeBandEntries(bytes);
    }

    private static void putEntries(KeyValueStore<Long, byte[]> store, long key, List<BandEntry> entries) {
        if (entries.isEmpty()) {
            store.delete(key);
        } else {
            store.put(key, DedupStateCodec.encodeBandEntries(entries));
        }
    }

    /**
     * Deletes what is older than {@code cutoffMillis} (event time): articles, duplicate URLs, band and
     * content entries (a pending article, in {@code dedup-pending}, waits for its answers whatever its age). Returns the number of
     * records deleted.
     */
    int expire(long cutoffMillis) {
        int deleted = deleteWhere(articles, v -> ByteBuffer.wrap(v).getLong() < cutoffMillis);
        deleted += deleteWhere(duplicateUrls, v -> DedupStateCodec.duplicateOfEventTime(v) < cutoffMillis);
        deleted += expireLists(bands, cutoffMillis / 1000);
        deleted += expireLists(content, cutoffMillis / 1000);
        return deleted;
    }

    private static int deleteWhere(KeyValueStore<Long, byte[]> store, Predicate<byte[]> old) {
        List<Long> keys = new ArrayList<>();
        try (KeyValueIterator<Long, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Long, byte[]> kv = it.next();
                if (old.test(kv.value)) {
                    keys.add(kv.key);
                }
            }
        }
        keys.forEach(store::delete);
        return keys.size();
    }

    private static int expireLists(KeyValueStore<Long, byte[]> store, long cutoffSeconds) {
        List<KeyValue<Long, List<BandEntry>>> changed = new ArrayList<>();
        int removed = 0;
        try (KeyValueIterator<Long, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Long, byte[]> kv = it.next();
                List<BandEntry> entries = DedupStateCodec.decodeBandEntries(kv.value);
                List<BandEntry> kept = entries.stream().filter(e -> e.eventTimeSeconds() >= cutoffSeconds).toList();
                if (kept.size() != entries.size()) {
                    changed.add(KeyValue.pair(kv.key, kept));
                    removed += entries.size() - kept.size();
                }
            }
        }
        changed.forEach(kv -> putEntries(store, kv.key, kv.value));
        return removed;
    }
}
