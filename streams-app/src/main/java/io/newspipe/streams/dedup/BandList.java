package io.newspipe.streams.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The band processor's read-modify-write on one band key's entry list (see {@link NearDuplicateIndex}):
 * insert an article's entry in (event time, article id hash) order, keep at most {@code max} entries (the
 * earliest), and report which stored entries come before the new one (its candidates) and which after
 * it (later articles that must get a late-earlier notice). Re-inserting an entry already present changes
 * nothing and reports the same neighbours, so a replayed request is harmless. Stateless and thread-safe.
 */
public final class BandList {
    /**
     * The order every band partition uses: event time, then article id hash (unsigned). Written out rather
     * than {@code comparingLong(...).thenComparing(key, Long::compareUnsigned)}, which boxes both id hashes
     * at every comparison that reaches them.
     */
    public static final Comparator<DedupStateCodec.BandEntry> ORDER = (x, y) -> {
        int byTime = Long.compare(x.eventTimeSeconds(), y.eventTimeSeconds());
        return byTime != 0 ? byTime : Long.compareUnsigned(x.articleIdHash(), y.articleIdHash());
    };

    private BandList() {
    }

    /** The outcome of one insertion: the list to store, and the new entry's earlier and later neighbours. */
    public record Insertion(List<DedupStateCodec.BandEntry> stored, List<DedupStateCodec.BandEntry> earlier,
                            List<DedupStateCodec.BandEntry> later) {
        public Insertion {
            stored = List.copyOf(stored);
            earlier = List.copyOf(earlier);
            later = List.copyOf(later);
        }
    }

    /** Inserts {@code entry} into {@code current} (any order; null or empty for a new key). */
    public static Insertion insert(List<DedupStateCodec.BandEntry> current, DedupStateCodec.BandEntry entry, int max) {
        Objects.requireNonNull(entry, "entry");
        if (max < 1) {
            throw new IllegalArgumentException("max < 1");
        }
        if (current == null || current.isEmpty()) {
            // most band keys of a page are new: the general path's result, without its five working lists
            return new Insertion(List.of(entry), List.of(), List.of());
        }
        List<DedupStateCodec.BandEntry> sorted = new ArrayList<>(current);
        sorted.sort(ORDER);
        List<DedupStateCodec.BandEntry> earlier = new ArrayList<>();
        List<DedupStateCodec.BandEntry> later = new ArrayList<>();
        boolean present = false;
        for (DedupStateCodec.BandEntry stored : sorted) {
            if (stored.articleIdHash() == entry.articleIdHash()) {
                present = true;
            } else if (ORDER.compare(stored, entry) < 0) {
                earlier.add(stored);
            } else {
                later.add(stored);
            }
        }
        if (!present) {
            sorted.add(earlier.size(), entry);
        }
        if (sorted.size() > max) {
            sorted = new ArrayList<>(sorted.subList(0, max));
        }
        return new Insertion(sorted, earlier, later);
    }

    /**
     * The entries of {@code current} whose event time is at or after {@code horizonSeconds} (retention): an
     * unmodifiable list, {@code current} itself when it is unmodifiable and nothing has expired (the usual
     * case, no copy).
     */
    public static List<DedupStateCodec.BandEntry> retain(List<DedupStateCodec.BandEntry> current, long horizonSeconds) {
        for (DedupStateCodec.BandEntry e : current) {
            if (e.eventTimeSeconds() < horizonSeconds) {
                return current.stream().filter(kept -> kept.eventTimeSeconds() >= horizonSeconds).toList();
            }
        }
        return List.copyOf(current);
    }
}
