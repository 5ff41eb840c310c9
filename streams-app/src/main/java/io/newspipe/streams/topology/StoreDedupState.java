package io.newspipe.streams.topology;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.stage.DedupState;
import java.nio.ByteBuffer;
import java.util.List;
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
        ByteBuffer in = ByteBuffer.wrap(bytes);
        return new DuplicateUrl(in.getLong(), in.getLong(), in.getLong());
    }

    @Override
    public void putDuplicateUrl(long articleIdHash, DuplicateUrl d) {
        duplicateUrls.put(articleIdHash, ByteBuffer.allocate(24).putLong(d.originalIdHash())
                .putLong(d.contentHash64()).putLong(d.eventTimeMillis()).array());
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
}
