package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupMessage;
import io.newspipe.streams.dedup.DedupMessageCodec;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.dedup.DuplicateOf;
import io.newspipe.streams.dedup.HomePartitions;
import io.newspipe.streams.dedup.PendingWork;
import io.newspipe.streams.stage.DedupOutbox;
import io.newspipe.streams.stage.PartitionedDedupStage;
import io.newspipe.streams.stage.PartitionedDedupState;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.WaitingPage;
import io.newspipe.streams.stage.WaitingPageCodec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topology's partitioned dedup ({@link PartitionedDedupStage}: same URL and revisions, exact copies,
 * MinHash near-duplicates through the band protocol) over {@value #PARTITIONS} partitions in one thread,
 * with hash maps of encoded values standing in for the six state stores and every message between
 * partitions encoded and decoded as on the protocol topic, so those costs are counted (a waiting page is kept
 * as the candidate bytes handed in, as the topology keeps the record it read); Kafka's own cost per
 * protocol record is measured end to end only. Each page is decided before {@link #apply} returns. Not
 * thread-safe.
 */
public final class InMemoryDedup implements DedupUnderTest {
    static final int PARTITIONS = 4;
    private final DedupConfig config = DedupConfig.defaults();
    private final DedupMessageCodec codec = new DedupMessageCodec(config);
    private final List<PartitionedDedupStage> stages = new ArrayList<>();
    private final List<State> states = new ArrayList<>();
    private final Deque<Map.Entry<Integer, byte[]>> network = new ArrayDeque<>();
    private final Deque<Long> keys = new ArrayDeque<>();
    private final List<StageResult> results = new ArrayList<>();
    private long messages;

    public InMemoryDedup() {
        for (int p = 0; p < PARTITIONS; p++) {
            State state = new State(config, codec);
            states.add(state);
            stages.add(new PartitionedDedupStage(config, PARTITIONS, p, state, new DedupOutbox() {
                @Override
                public void emit(String articleId, StageResult result, long timestamp, byte[] carry) {
                    results.add(result);
                }

                @Override
                public void send(DedupMessage message) {
                    messages++;
                    keys.add(message.routingKey());
                    network.add(Map.entry(HomePartitions.of(message.routingKey(), PARTITIONS), codec.encode(message)));
                }
            }));
        }
    }

    @Override
    public StageResult apply(Article candidate) {
        return apply(candidate, null);
    }

    @Override
    public StageResult apply(Article candidate, byte[] encoded) {
        results.clear();
        long id = DedupStateCodec.articleIdHash(candidate.getId());
        stages.get(HomePartitions.of(id, PARTITIONS)).onArticle(candidate, encoded, 0, new byte[0]);
        while (!network.isEmpty()) {
            Map.Entry<Integer, byte[]> m = network.poll();
            stages.get(m.getKey()).onMessage(codec.decode(keys.poll(), m.getValue()), 0);
        }
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result for " + candidate.getUrl() + ", got " + results.size());
        }
        return results.get(0);
    }

    /**
     * Encoded bytes the stores hold now, over all partitions, as the topology's stores would (keys: 8-byte
     * article ids and content hashes, 5-byte band keys, see {@code BandKeySerde}): {lasting stores
     * (articles, duplicate URLs, bands, content), transient stores (pending, waiting)}.
     */
    public long[] storeBytes() {
        long lasting = 0;
        long transientBytes = 0;
        for (State s : states) {
            lasting += bytes(s.articles, 8) + bytes(s.duplicates, 8) + bytes(s.bands, 5) + bytes(s.content, 8);
            transientBytes += bytes(s.pending, 8) + bytes(s.waiting, 8);
        }
        return new long[] {lasting, transientBytes};
    }

    private static long bytes(Map<Long, byte[]> store, int keyBytes) {
        long sum = (long) store.size() * keyBytes;
        for (byte[] v : store.values()) {
            sum += v.length;
        }
        return sum;
    }

    /** Protocol messages between partitions so far (for the report). */
    public long messages() {
        return messages;
    }

    /** One partition's six stores as maps of encoded values. */
    private static final class State implements PartitionedDedupState {
        private final DedupStateCodec codec;
        private final DedupMessageCodec messages;
        private final Map<Long, byte[]> articles = new HashMap<>();
        private final Map<Long, byte[]> duplicates = new HashMap<>();
        private final Map<Long, byte[]> bands = new HashMap<>();
        private final Map<Long, byte[]> content = new HashMap<>();
        private final Map<Long, byte[]> pending = new HashMap<>();
        private final Map<Long, byte[]> waiting = new HashMap<>();
        private final WaitingPageCodec waitingCodec = new WaitingPageCodec();

        State(DedupConfig config, DedupMessageCodec messages) {
            this.codec = new DedupStateCodec(config);
            this.messages = messages;
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
        public void deleteArticle(long id) {
            articles.remove(id);
        }

        @Override
        public DuplicateOf duplicateOf(long id) {
            byte[] b = duplicates.get(id);
            return b == null ? null : DedupStateCodec.decodeDuplicateOf(b);
        }

        @Override
        public void putDuplicateOf(long id, DuplicateOf d) {
            duplicates.put(id, DedupStateCodec.encodeDuplicateOf(d));
        }

        @Override
        public PendingWork pending(long id) {
            byte[] b = pending.get(id);
            return b == null ? null : messages.decodePending(b);
        }

        @Override
        public void putPending(long id, PendingWork work) {
            pending.put(id, messages.encodePending(work));
        }

        @Override
        public void deletePending(long id) {
            pending.remove(id);
        }

        @Override
        public List<WaitingPage> waiting(long id) {
            byte[] b = waiting.get(id);
            return b == null ? List.of() : waitingCodec.decode(b);
        }

        @Override
        public void putWaiting(long id, List<WaitingPage> pages) {
            waiting.put(id, waitingCodec.encode(pages));
        }

        @Override
        public void deleteWaiting(long id) {
            waiting.remove(id);
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

        @Override
        public List<BandEntry> content(long hash) {
            byte[] b = content.get(hash);
            return b == null ? List.of() : DedupStateCodec.decodeBandEntries(b);
        }

        @Override
        public void putContent(long hash, List<BandEntry> entries) {
            content.put(hash, DedupStateCodec.encodeBandEntries(entries));
        }
    }
}
