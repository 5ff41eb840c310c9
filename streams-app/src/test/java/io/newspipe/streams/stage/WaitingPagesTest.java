package io.newspipe.streams.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingPagesTest {
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private final MapPartitionedDedupState state = new MapPartitionedDedupState();
    private final Article page = PartitionedDedupStageTest.candidate("https://example.org/a", "Some text here.", AT);
    private final Article other = PartitionedDedupStageTest.candidate("https://example.org/b", "Other text.", AT);

    @Test
    void writesThroughAndServesTheDecodedPagesFromMemory() {
        WaitingPages waiting = new WaitingPages(state);
        waiting.put(1L, List.of(new WaitingPage(page, null)));
        assertThat(state.waiting(1L)).containsExactly(new WaitingPage(page, null));
        state.waiting.put(1L, List.of(new WaitingPage(other, null))); // what the store would return after a restart
        assertThat(waiting.get(1L)).containsExactly(new WaitingPage(page, null));
        assertThat(new WaitingPages(state).get(1L)).containsExactly(new WaitingPage(other, null));
    }

    @Test
    void deleteRemovesFromMemoryAndState() {
        WaitingPages waiting = new WaitingPages(state);
        waiting.put(1L, List.of(new WaitingPage(page, null)));
        waiting.delete(1L);
        assertThat(state.waiting(1L)).isEmpty();
        assertThat(waiting.get(1L)).isEmpty();
    }

    @Test
    void theOldestEntriesLeaveMemoryButStayInState() {
        WaitingPages waiting = new WaitingPages(state);
        for (long id = 0; id <= WaitingPages.MAX_CACHED; id++) {
            waiting.put(id, List.of(new WaitingPage(page, null)));
        }
        state.waiting.put(0L, List.of(new WaitingPage(other, null)));
        state.waiting.put(1L, List.of(new WaitingPage(other, null)));
        assertThat(waiting.get(0L)).containsExactly(new WaitingPage(other, null));
        assertThat(waiting.get(1L)).containsExactly(new WaitingPage(page, null));
    }
}
