package io.newspipe.streams.stage;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.dedup.DuplicateOf;
import io.newspipe.streams.dedup.PendingWork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stage's view of its {@link PartitionedDedupState}: everything is written through, and what a pending
 * article needs until its decision (its bookkeeping, read and rewritten on every answer, and its waiting
 * pages) is also kept decoded in memory, so the steps after the first, which usually come a commit or two
 * later in the same task, decode neither again. The state stays the truth: after a restart or a task move
 * the stage is built anew with empty caches and reads the state. Each cache keeps at most
 * {@value #MAX_CACHED} keys (the oldest dropped first; only articles in flight are there). Not thread-safe:
 * one per stage.
 */
final class CachedDedupState implements PartitionedDedupState {
    static final int MAX_CACHED = 2048;
    private final PartitionedDedupState state;
    private final Map<Long, PendingWork> pending = bounded();
    private final Map<Long, List<WaitingPage>> waiting = bounded();

    CachedDedupState(PartitionedDedupState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    private static <V> Map<Long, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > MAX_CACHED;
            }
        };
    }

    @Override
    public PendingWork pending(long articleIdHash) {
        PendingWork work = pending.get(articleIdHash);
        return work != null ? work : state.pending(articleIdHash);
    }

    @Override
    public void putPending(long articleIdHash, PendingWork work) {
        state.putPending(articleIdHash, work);
        pending.put(articleIdHash, work);
    }

    @Override
    public void deletePending(long articleIdHash) {
        pending.remove(articleIdHash);
        state.deletePending(articleIdHash);
    }

    @Override
    public List<WaitingPage> waiting(long articleIdHash) {
        List<WaitingPage> pages = waiting.get(articleIdHash);
        return pages != null ? pages : state.waiting(articleIdHash);
    }

    @Override
    public void putWaiting(long articleIdHash, List<WaitingPage> pages) {
        List<WaitingPage> copy = List.copyOf(pages);
        state.putWaiting(articleIdHash, copy);
        waiting.put(articleIdHash, copy);
    }

    @Override
    public void deleteWaiting(long articleIdHash) {
        waiting.remove(articleIdHash);
        state.deleteWaiting(articleIdHash);
    }

    @Override
    public ArticleState article(long articleIdHash) {
        return state.article(articleIdHash);
    }

    @Override
    public void putArticle(long articleIdHash, ArticleState article) {
        state.putArticle(articleIdHash, article);
    }

    @Override
    public void deleteArticle(long articleIdHash) {
        state.deleteArticle(articleIdHash);
    }

    @Override
    public DuplicateOf duplicateOf(long articleIdHash) {
        return state.duplicateOf(articleIdHash);
    }

    @Override
    public void putDuplicateOf(long articleIdHash, DuplicateOf duplicate) {
        state.putDuplicateOf(articleIdHash, duplicate);
    }

    @Override
    public List<BandEntry> band(long bandKey) {
        return state.band(bandKey);
    }

    @Override
    public void putBand(long bandKey, List<BandEntry> entries) {
        state.putBand(bandKey, entries);
    }

    @Override
    public List<BandEntry> content(long contentHash) {
        return state.content(contentHash);
    }

    @Override
    public void putContent(long contentHash, List<BandEntry> entries) {
        state.putContent(contentHash, entries);
    }
}
