package io.newspipe.streams.stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pages waiting for a pending article's decision ({@link PartitionedDedupState#waiting}), written
 * through to the state and also kept decoded in memory, so the decision, which usually comes a commit or
 * two later in the same task, does not decode the whole page again. The state stays the truth: after a
 * restart or a task move the stage is built anew with an empty cache and reads the state. At most
 * {@value #MAX_CACHED} pages' lists are kept (the oldest dropped first; only pages in flight are here).
 * Not thread-safe: one per stage.
 */
final class WaitingPages {
    static final int MAX_CACHED = 2048;
    private final PartitionedDedupState state;
    private final Map<Long, List<WaitingPage>> cached = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<WaitingPage>> eldest) {
            return size() > MAX_CACHED;
        }
    };

    WaitingPages(PartitionedDedupState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The pages waiting for article {@code idHash}: the article itself, then same-URL refetches. */
    List<WaitingPage> get(long idHash) {
        List<WaitingPage> pages = cached.get(idHash);
        return pages != null ? pages : state.waiting(idHash);
    }

    void put(long idHash, List<WaitingPage> pages) {
        List<WaitingPage> copy = List.copyOf(pages);
        state.putWaiting(idHash, copy);
        cached.put(idHash, copy);
    }

    void delete(long idHash) {
        cached.remove(idHash);
        state.deleteWaiting(idHash);
    }
}
