package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The band list's shortcuts (a new key, nothing expired, the written-out order) against the general rules. */
class BandListProperties {
    /** The order as it was first written, with the library's comparators. */
    private static final Comparator<BandEntry> REFERENCE_ORDER = Comparator.comparingLong(BandEntry::eventTimeSeconds)
            .thenComparing(BandEntry::articleIdHash, Long::compareUnsigned);

    @Property(tries = 2000)
    void orderIsEventTimeThenUnsignedIdHash(@ForAll("entries") BandEntry x, @ForAll("entries") BandEntry y) {
        assertThat(Integer.signum(BandList.ORDER.compare(x, y))).isEqualTo(Integer.signum(REFERENCE_ORDER.compare(x, y)));
    }

    @Property(tries = 2000)
    void insertIsTheSortedSplitOfTheList(@ForAll("lists") List<BandEntry> current, @ForAll("entries") BandEntry entry,
            @ForAll @IntRange(min = 1, max = 8) int max) {
        BandList.Insertion ins = BandList.insert(current, entry, max);
        List<BandEntry> sorted = new ArrayList<>(current);
        sorted.sort(REFERENCE_ORDER);
        List<BandEntry> others = sorted.stream().filter(e -> e.articleIdHash() != entry.articleIdHash()).toList();
        assertThat(ins.earlier()).isEqualTo(others.stream().filter(e -> REFERENCE_ORDER.compare(e, entry) < 0).toList());
        assertThat(ins.later()).isEqualTo(others.stream().filter(e -> REFERENCE_ORDER.compare(e, entry) >= 0).toList());
        if (others.size() == sorted.size()) {
            sorted.add(ins.earlier().size(), entry);
        }
        assertThat(ins.stored()).isEqualTo(sorted.subList(0, Math.min(max, sorted.size())));
    }

    @Property(tries = 2000)
    void retainKeepsTheEntriesInsideTheWindowInOrder(@ForAll("lists") List<BandEntry> current,
            @ForAll @IntRange(min = 0, max = 12) int horizon) {
        assertThat(BandList.retain(current, horizon))
                .isEqualTo(current.stream().filter(e -> e.eventTimeSeconds() >= horizon).toList());
    }

    /** Few distinct times and ids, so equal times, equal ids and ids above 2^63 all occur. */
    @Provide
    Arbitrary<BandEntry> entries() {
        Arbitrary<Long> ids = Arbitraries.of(1L, 2L, 5L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
        Arbitrary<Long> times = Arbitraries.longs().between(0, 10);
        return ids.flatMap(id -> times.map(t -> new BandEntry(id, t)));
    }

    @Provide
    Arbitrary<List<BandEntry>> lists() {
        return entries().list().ofMaxSize(9);
    }
}
