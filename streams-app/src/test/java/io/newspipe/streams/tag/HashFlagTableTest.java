package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HashFlagTableTest {
    @Property(tries = 300)
    void everyAddedHashKeepsAllItsFlags(@ForAll @Size(max = 2000) List<Long> hashes,
            @ForAll @IntRange(min = 1, max = 3) int flags) {
        HashFlagTable table = new HashFlagTable(4);
        Map<Long, Integer> expected = new HashMap<>();
        for (int k = 0; k < hashes.size(); k++) {
            int f = k % 2 == 0 ? flags : HashFlagTable.SECOND;
            table.add(hashes.get(k), f);
            expected.merge(hashes.get(k) & ~3L, f, (a, b) -> a | b);
        }
        for (long h : hashes) {
            assertThat(table.flags(h)).isEqualTo(expected.get(h & ~3L));
        }
        assertThat(table.size()).isEqualTo(expected.size());
    }

    @Test
    void absentHashesHaveNoFlags() {
        HashFlagTable table = new HashFlagTable(16);
        for (long h = 1; h <= 1000; h++) {
            table.add(h << 2, HashFlagTable.FIRST);
        }
        assertThat(table.flags(0)).isZero();
        assertThat(table.flags(1001L << 2)).isZero();
        assertThat(table.flags(-4L)).isZero();
        assertThat(table.flags(7L << 2)).isEqualTo(HashFlagTable.FIRST);
    }

    @Test
    void zeroHashIsStoredLikeAnyOther() {
        HashFlagTable table = new HashFlagTable(8);
        assertThat(table.flags(0)).isZero();
        table.add(0, HashFlagTable.SECOND);
        assertThat(table.flags(0)).isEqualTo(HashFlagTable.SECOND);
        assertThat(table.flags(1)).isEqualTo(HashFlagTable.SECOND); // same hash part: the low bits hold flags
    }
}
