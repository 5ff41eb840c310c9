package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandListTest {
    private static final BandEntry A = new BandEntry(5, 100);
    private static final BandEntry B = new BandEntry(-1, 100);
    private static final BandEntry C = new BandEntry(1, 200);

    @Test
    void reportsEarlierAndLaterNeighboursInEventTimeThenIdOrder() {
        BandList.Insertion first = BandList.insert(null, C, 8);
        assertThat(first.earlier()).isEmpty();
        assertThat(first.later()).isEmpty();
        BandList.Insertion second = BandList.insert(first.stored(), A, 8);
        assertThat(second.later()).containsExactly(C);
        BandList.Insertion third = BandList.insert(second.stored(), B, 8);
        // -1 is the largest id hash unsigned, so B comes after A at the same second
        assertThat(third.earlier()).containsExactly(A);
        assertThat(third.later()).containsExactly(C);
        assertThat(third.stored()).containsExactly(A, B, C);
    }

    @Test
    void arrivalOrderDoesNotChangeTheStoredList() {
        List<BandEntry> one = BandList.insert(BandList.insert(BandList.insert(null, A, 8).stored(), B, 8).stored(), C, 8).stored();
        List<BandEntry> two = BandList.insert(BandList.insert(BandList.insert(null, C, 8).stored(), B, 8).stored(), A, 8).stored();
        assertThat(two).isEqualTo(one);
    }

    @Test
    void keepsOnlyTheEarliestAndIgnoresReplays() {
        BandList.Insertion bounded = BandList.insert(List.of(A, C), B, 2);
        assertThat(bounded.stored()).containsExactly(A, B);
        BandList.Insertion replay = BandList.insert(bounded.stored(), B, 2);
        assertThat(replay.stored()).isEqualTo(bounded.stored());
        assertThat(replay.earlier()).containsExactly(A);
    }

    @Test
    void retentionDropsOldEntries() {
        assertThat(BandList.retain(List.of(A, B, C), 150)).containsExactly(C);
    }
}
