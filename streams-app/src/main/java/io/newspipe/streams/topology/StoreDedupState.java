package io.newspipe.streams.topology;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.stage.DedupState;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/** {@link DedupState} over the four named, changelogged dedup stores of one task. */
final class StoreDedupState implements DedupState {
    private final DedupStateCodec codec;
    private final KeyValueStore<Long, byte[]> articles;
    private final KeyValueStore<Long, byte[]> duplicateUrls;
    private final KeyValueStore<Long, Long> contentOwners;
    private final KeyValueStore<Long, byte[]> bands;

    StoreDedupState(ProcessorContext<?, ?> context, DedupStateCodec codec) {
        this.codec = codec;
        this.articles = context.getStateStore(Names.STORE_DEDUP_ARTICLES);
        this.duplicateUrls = context.getStateStore(Names.STORE_DEDUP_DUPLICATE_URLS);
        this.contentOwners = context.getStateStore(Names.STORE_DEDUP_CONTENT);
        this.bands = context.getStateStore(Names.STORE_DEDUP_BANDS);
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
    public DuplicateUrl duplicateUrl(long articleIdHash) {
        byte[] bytes = duplicateUrls.get(articleIdHash);
        if (bytes == null) {
            return null;
        }
        return DuplicateUrl.fromBytes(bytes);
    }

    @Override
    public void putDuplicateUrl(long articleIdHash, DuplicateUrl d) {
        duplicateUrls.put(articleIdHash, d.toBytes());
    }

    @Override
    public Long contentOwner(long contentHash64) {
        return contentOwners.get(contentHash64);
    }

    @Override
    public void putContentOwner(long contentHash64, long articleIdHash) {
        contentOwners.put(contentHash64, articleIdHash);
    }

    @Override
    public List<BandEntry> band(long bandKey) {
        byte[] bytes = bands.get(bandKey);
        return bytes == null ? List.of() : DedupStateCodec.decodeBandEntries(bytes);
    }

    @Override
    public void putBand(long bandKey, List<BandEntry> entries) {
        bands.put(bandKey, DedupStateCodec.encodeBandEntries(entries));
    }

    /**
     * Deletes what is older than {@code cutoffMillis} (event time): originals, duplicate URLs, band
     * entries, and content owners whose original is gone. Returns the number of records deleted.
     */
    int expire(long cutoffMillis) {
        int deleted = 0;
        List<Long> old = new ArrayList<>();
        try (KeyValueIterator<Long, byte[]> it = articles.all()) {
            while (it.hasNext()) {
                KeyValue<Long, byte[]> kv = it.next();
                if (ByteBuffer.wrap(kv.value).getLong() < cutoffMillis) {
                    old.add(kv.key);
                }
            }
        }
        old.forEach(articles::delete);
        deleted += old.size();
        deleted += expireDuplicateUrls(cutoffMillis);
        deleted += expireBands(cutoffMillis / 1000);
        deleted += expireContentOwners();
        return deleted;
    }

    private int expireDuplicateUrls(long cutoffMillis) {
        List<Long> old = new ArrayList<>();
        try (KeyValueIterator<Long, byte[]> it = duplicateUrls.all()) {
            while (it.hasNext()) {
                KeyValue<Long, byte[]> kv = it.next();
                if (ByteBuffer.wrap(kv.value).getLong(16) < cutoffMillis) {
                    old.add(kv.key);
                }
            }
        }
        old.forEach(duplicateUrls::delete);
        return old.size();
    }

    private int expireBands(long cutoffSeconds) {
        List<KeyValue<Long, List<BandEntry>>> changed = new ArrayList<>();
        int removed = 0;
        try (KeyValueIterator<Long, byte[]> it = bands.all()) {
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
        for (KeyValue<Long, List<BandEntry>> kv : changed) {
            if (kv.value.isEmpty()) {
                bands.delete(kv.key);
            } else {
                bands.put(kv.key, DedupStateCodec.encodeBandEntries(kv.value));
            }
        }
        return removed;
    }

    private int expireContentOwners() {
        List<Long> orphans = new ArrayList<>();
        try (KeyValueIterator<Long, Long> it = contentOwners.all()) {
            while (it.hasNext()) {
                KeyValue<Long, Long> kv = it.next();
                if (articles.get(kv.value) == null) {
                    orphans.add(kv.key);
                }
            }
        }
        orphans.forEach(contentOwners::delete);
        return orphans.size();
    }
}
