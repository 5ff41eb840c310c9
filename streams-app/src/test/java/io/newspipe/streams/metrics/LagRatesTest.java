package io.newspipe.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagRatesTest {
    private static LagSnapshot snapshot(long atMs, long committed0, long end0, long committed1, long end1) {
        return new LagSnapshot("g", atMs, List.of(
                new PartitionState(new PartitionLag("g", "raw", 0, committed0, end0), atMs - 4000),
                new PartitionState(new PartitionLag("g", "raw", 1, committed1, end1), -1)));
    }

    @Test
    void ratesAndDrainTimeFromTwoSnapshots() {
        LagSnapshot a = snapshot(0, 100, 200, 0, 50);
        LagSnapshot b = snapshot(10_000, 300, 250, 40, 60);
        LagRates r = LagRates.between(a, b);
        assertThat(r.consumePerSecond()).isEqualTo(24.0);
        assertThat(r.producePerSecond()).isEqualTo(6.0);
        assertThat(b.totalLag()).isEqualTo(0 + 20);
        assertThat(r.drainSeconds()).isEqualTo(20 / 18.0);
    }

    @Test
    void notDrainingIsInfiniteAndNoLagIsZero() {
        assertThat(LagRates.drainSeconds(10, 0)).isInfinite();
        assertThat(LagRates.drainSeconds(10, -3)).isInfinite();
        assertThat(LagRates.drainSeconds(0, 0)).isZero();
        assertThat(LagRates.between(snapshot(5, 1, 1, 1, 1), snapshot(5, 1, 1, 1, 1))).isEqualTo(LagRates.UNKNOWN);
    }

    @Test
    void timeLagIsTheAgeOfTheOldestUnprocessedRecord() {
        LagSnapshot s = snapshot(10_000, 100, 200, 60, 60);
        assertThat(s.partitions().get(0).timeLagSeconds(10_000)).isEqualTo(4.0);
        assertThat(s.partitions().get(1).timeLagSeconds(10_000)).as("no lag, no time lag").isZero();
        assertThat(new PartitionState(new PartitionLag("g", "raw", 0, 1, 5), -1).timeLagSeconds(0)).isNaN();
        assertThat(s.maxTimeLagSeconds()).isEqualTo(4.0);
        assertThat(new PartitionLag("g", "raw", 0, -1, 7).lag()).as("no commit: all is lag").isEqualTo(7);
    }

    @Test
    void historyKeepsTheWindowAndMeasuresRatesOverTheRateWindow() {
        LagHistory h = new LagHistory(60_000, 20_000);
        assertThat(h.rates()).isEqualTo(LagRates.UNKNOWN);
        for (int i = 0; i <= 100; i++) {
            h.add(snapshot(i * 1000L, i * 10L, i * 10L + 50, 0, 0));
        }
        assertThat(h.all()).hasSize(61);
        assertThat(h.latest().orElseThrow().atMs()).isEqualTo(100_000);
        assertThat(h.rates().consumePerSecond()).isEqualTo(10.0);
        assertThat(h.rates().drainSeconds()).isInfinite();
    }

    @Test
    void reportTableAndJsonShowEveryPartition() {
        LagSnapshot s = snapshot(10_000, 100, 200, -1, 60);
        LagRates r = new LagRates(5, 1, 40);
        String table = LagReport.table(s, r);
        assertThat(table).contains("group g").contains("total lag 160").contains("drain 40 s").contains("?");
        assertThat(table.lines().filter(l -> l.startsWith("raw "))).hasSize(2);
        String json = LagReport.json(s, LagRates.UNKNOWN);
        assertThat(json).contains("\"total_lag\":160").contains("\"drain_seconds\":null")
                .contains("\"committed_offset\":-1").contains("\"time_lag_seconds\":4.0");
        assertThat(LagReport.duration(7200)).isEqualTo("2.0 h");
    }
}
