package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HomePartitionsTest {
    @Test
    void spreadsKeysEvenlyAndStaysInRange() {
        int[] counts = new int[4];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 40_000; i++) {
            int p = HomePartitions.of(random.nextLong(), 4);
            assertThat(p).isBetween(0, 3);
            counts[p]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(9_500, 10_500);
        }
        // sequential keys too (band keys and id hashes are hashes, but nothing relies on that)
        int[] sequential = new int[3];
        for (long k = 0; k < 3_000; k++) {
            sequential[HomePartitions.of(k, 3)]++;
        }
        for (int c : sequential) {
            assertThat(c).isBetween(900, 1_100);
        }
    }

    @Test
    void isStableAndOnePartitionTakesEverything() {
        assertThat(HomePartitions.of(123_456_789L, 7)).isEqualTo(HomePartitions.of(123_456_789L, 7));
        assertThat(HomePartitions.of(-1L, 1)).isZero();
        assertThatThrownBy(() -> HomePartitions.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
