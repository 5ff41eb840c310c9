package io.newspipe.streams.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.MinHashSignature;
import io.newspipe.streams.dedup.PendingWork;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachedDedupStateTest {
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private final MapPartitionedDedupState state = new MapPartitionedDedupState();
    private final WaitingPage page = new WaitingPage(
            PartitionedDedupStageTest.candidate("https://example.org/a", "Some text here.", AT), null);
    private final WaitingPage other = new WaitingPage(
            PartitionedDedupStageTest.candidate("https://example.org/b", "Other text.", AT), null);
    private final ArticleState self = new ArticleState(1000, 7, 1, new MinHashSignature(new int[4], 8, 3),
            "https://example.org/a", ArticleState.Status.PENDING, 0);

    @Test
    void writesThroughAndServesWhatItWroteFromMemory() {
        CachedDedupState cached = new CachedDedupState(state);
        cached.putWaiting(1L, List.of(page));
        PendingWork work = PendingWork.start(5, new byte[0], self, 2);
        cached.putPending(1L, work);
        assertThat(state.waiting(1L)).containsExactly(page);
        assertThat(state.pending(1L)).isEqualTo(work);

        state.waiting.put(1L, List.of(other)); // what the store would return after a restart
        state.pending.put(1L, work.bandAnswered(0));
        assertThat(cached.waiting(1L)).containsExactly(page);
        assertThat(cached.pending(1L)).isEqualTo(work);
        CachedDedupState restarted = new CachedDedupState(state);
        assertThat(restarted.waiting(1L)).containsExactly(other);
        assertThat(restarted.pending(1L)).isEqualTo(work.bandAnswered(0));
    }

    @Test
    void deleteRemovesFromMemoryAndState() {
        CachedDedupState cached = new CachedDedupState(state);
        cached.putWaiting(1L, List.of(page));
        cached.putPending(1L, PendingWork.start(5, new byte[0], self, 2));
        cached.deleteWaiting(1L);
        cached.deletePending(1L);
        assertThat(state.waiting(1L)).isEmpty();
        assertThat(cached.waiting(1L)).isEmpty();
        assertThat(state.pending(1L)).isNull();
        assertThat(cached.pending(1L)).isNull();
    }

    @Test
    void theOldestEntriesLeaveMemoryButStayInState() {
        CachedDedupState cached = new CachedDedupState(state);
        for (long id = 0; id <= CachedDedupState.MAX_CACHED; id++) {
            cached.putWaiting(id, List.of(page));
        }
        state.waiting.put(0L, List.of(other));
        state.waiting.put(1L, List.of(other));
        assertThat(cached.waiting(0L)).containsExactly(other);
        assertThat(cached.waiting(1L)).containsExactly(page);
    }
}
