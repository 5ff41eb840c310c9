package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HopTimesTest {
    @Test
    void splitsAPageIntoItsHops() {
        HopTimes t = new HopTimes();
        t.seen(7, HopTimes.INPUT, 1_000, 1_120);
        t.seen(7, HopTimes.REQUEST, 1_000, 1_250);
        t.seen(7, HopTimes.ANSWER, 1_000, 1_300);
        t.seen(7, HopTimes.ANSWER, 1_000, 1_380); // the last band answer counts
        t.seen(7, HopTimes.OUTPUT, 1_000, 1_500);
        List<long[]> hops = t.hops();
        assertThat(hops).hasSize(1);
        assertThat(hops.get(0)).containsExactly(120, 130, 130, -1, 120, 500);
    }

    @Test
    void countsTheInquiryRoundOnlyForCandidates() {
        HopTimes t = new HopTimes();
        t.seen(1, HopTimes.INPUT, 0, 100);
        t.seen(1, HopTimes.REQUEST, 0, 200);
        t.seen(1, HopTimes.ANSWER, 0, 300);
        t.seen(1, HopTimes.INQUIRY, 0, 400);
        t.seen(1, HopTimes.REPLY, 0, 450);
        t.seen(1, HopTimes.OUTPUT, 0, 600);
        t.seen(2, HopTimes.INPUT, 0, 100);
        t.seen(2, HopTimes.REPLY, 0, 999); // an answer to a notice, no inquiry of its own
        t.seen(2, HopTimes.OUTPUT, 0, 300);
        t.seen(3, HopTimes.INPUT, 0, 100); // not out yet: left out
        assertThat(t.hops()).extracting(h -> h[3]).containsExactlyInAnyOrder(150L, -1L);
        assertThat(t.hops()).extracting(h -> h[4]).containsExactlyInAnyOrder(150L, 200L);
        assertThat(t.report("x")).contains("hops, x: 2 pages");
    }

    @Test
    void leavesOutPagesSharingTheirIdHash() {
        HopTimes t = new HopTimes();
        t.seen(5, HopTimes.INPUT, 0, 100);
        t.seen(5, HopTimes.OUTPUT, 0, 200);
        t.seen(5, HopTimes.INPUT, 5_000, 5_100); // a revision of the same URL
        t.seen(5, HopTimes.OUTPUT, 5_000, 5_300);
        t.seen(6, HopTimes.INPUT, 0, 100);
        t.seen(6, HopTimes.OUTPUT, 0, 250);
        assertThat(t.hops()).extracting(h -> h[5]).containsExactly(250L);
    }

    @Test
    void percentileIsNearestRank() {
        long[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(HopTimes.percentile(v, 0.5)).isEqualTo(5);
        assertThat(HopTimes.percentile(v, 0.99)).isEqualTo(10);
        assertThat(HopTimes.percentile(new long[0], 0.5)).isZero();
    }
}
