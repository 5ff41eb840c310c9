package io.newspipe.streams.stage;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.dedup.DuplicateOf;
import io.newspipe.streams.dedup.PendingWork;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link PartitionedDedupState} in hash maps, for tests: one instance per simulated partition. */
final class MapPartitionedDedupState implements PartitionedDedupState {
    final Map<Long, ArticleState> articles = new HashMap<>();
    final Map<Long, DuplicateOf> duplicates = new HashMap<>();
    final Map<Long, List<BandEntry>> bands = new HashMap<>();
    final Map<Long, List<BandEntry>> content = new HashMap<>();
    final Map<Long, PendingWork> pending = new HashMap<>();
    final Map<Long, List<WaitingPage>> waiting = new HashMap<>();

    @Override
    public ArticleState article(long id) {
        return articles.get(id);
    }

    @Override
    public void putArticle(long id, ArticleState state) {
        articles.put(id, state);
    }

    @Override
    public void deleteArticle(long id) {
        articles.remove(id);
    }

    @Override
    public DuplicateOf duplicateOf(long id) {
        return duplicates.get(id);
    }

    @Override
    public void putDuplicateOf(long id, DuplicateOf d) {
        duplicates.put(id, d);
    }

    @Override
    public PendingWork pending(long id) {
        return pending.get(id);
    }

    @Override
    public void putPending(long id, PendingWork work) {
        pending.put(id, work);
    }

    @Override
    public void deletePending(long id) {
        pending.remove(id);
    }

    @Override
    public List<WaitingPage> waiting(long id) {
        return waiting.getOrDefault(id, List.of());
    }

    @Override
    public void putWaiting(long id, List<WaitingPage> pages) {
        waiting.put(id, List.copyOf(pages));
    }

    @Override
    public void deleteWaiting(long id) {
        waiting.remove(id);
    }

    @Override
    public List<BandEntry> band(long key) {
        return bands.getOrDefault(key, List.of());
    }

    @Override
    public void putBand(long key, List<BandEntry> entries) {
        bands.put(key, List.copyOf(entries));
    }

    @Override
    public List<BandEntry> content(long hash) {
        return content.getOrDefault(hash, List.of());
    }

    @Override
    public void putContent(long hash, List<BandEntry> entries) {
        content.put(hash, List.copyOf(entries));
    }
}
