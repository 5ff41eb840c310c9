package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.stage.DedupStage;
import io.newspipe.streams.stage.DedupState;
import io.newspipe.streams.stage.StageResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topology's dedup stage ({@link DedupStage}: same URL and revisions, exact copies, MinHash
 * near-duplicates) with hash maps standing in for its four state stores; values are encoded as the
 * stores hold them, so that cost is counted. Not thread-safe.
 */
public final class InMemoryDedup implements DedupUnderTest {
    private final DedupConfig config = DedupConfig.defaults();
    private final DedupStage stage = new DedupStage(config);
    private final State state = new State(new DedupStateCodec(config));

    @Override
    public StageResult apply(Article candidate) {
        return stage.apply(candidate, state);
    }

    /** The four stores as maps of encoded values. */
    private static final class State implements DedupState {
        private final DedupStateCodec codec;
        private final Map<Long, byte[]> articles = new HashMap<>();
        private final Map<Long, byte[]> duplicateUrls = new HashMap<>();
        private final Map<Long, Long> contentOwners = new HashMap<>();
        private final Map<Long, byte[]> bands = new HashMap<>();

        State(DedupStateCodec codec) {
            this.codec = codec;
        }

        @Override
        public ArticleState article(long id) {
            byte[] b = articles.get(id);
            return b == null ? null : codec.decodeArticle(b);
        }

        @Override
        public void putArticle(long id, ArticleState s) {
            articles.put(id, codec.encodeArticle(s));
        }

        @Override
        public DuplicateUrl duplicateUrl(long id) {
            byte[] b = duplicateUrls.get(id);
            if (b == null) {
                return null;
            }
            return DuplicateUrl.fromBytes(b);
        }

        @Override
        public void putDuplicateUrl(long id, DuplicateUrl d) {
            duplicateUrls.put(id, d.toBytes());
        }

        @Override
        public Long contentOwner(long hash) {
            return contentOwners.get(hash);
        }

        @Override
        public void putContentOwner(long hash, long id) {
            contentOwners.put(hash, id);
        }

        @Override
        public List<BandEntry> band(long key) {
            byte[] b = bands.get(key);
            return b == null ? List.of() : DedupStateCodec.decodeBandEntries(b);
        }

        @Override
        public void putBand(long key, List<BandEntry> entries) {
            bands.put(key, DedupStateCodec.encodeBandEntries(entries));
        }
    }
}
