package io.newspipe.streams.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.streams.metrics.LagRates;
import io.newspipe.streams.metrics.LagSnapshot;
import io.newspipe.streams.metrics.PartitionLag;
import io.newspipe.streams.metrics.PartitionState;
import io.newspipe.streams.metrics.SiteHealth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusReportTest {
    @Test
    void throughputHistoryTurnsCountersIntoRatesAndForgetsOldSamples() {
        ThroughputHistory h = new ThroughputHistory(10_000);
        h.record(0, 0, 0, -1, Double.NaN);
        assertThat(h.samples()).isEmpty();
        h.record(2000, 20, 10, 5, 1.5);
        h.record(2000, 99, 99, 5, 1.5); // same instant: ignored
        h.record(4000, 60, 50, 3, 0.5);
        assertThat(h.samples()).extracting(ThroughputHistory.Sample::inPerSecond).containsExactly(10.0, 20.0);
        assertThat(h.samples()).extracting(ThroughputHistory.Sample::outPerSecond).containsExactly(5.0, 20.0);
        h.record(20_000, 60, 50, 0, 0);
        assertThat(h.samples()).hasSize(1);
    }

    @Test
    void jsonCarriesLagPartitionsSitesAndHistoryWithNullForUnknowns() throws Exception {
        LagSnapshot lag = new LagSnapshot("newspipe-streams", 10_000, List.of(
                new PartitionState(new PartitionLag("newspipe-streams", "news.raw-pages.v1", 0, 10, 30), 4000)));
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("article", 7.0);
        out.put("dead_letter", 1.0);
        String text = StatusReport.json(new StatusReport.Inputs("newspipe-streams", "RUNNING", true, 10_000,
                Optional.of(lag), new LagRates(2, 3, Double.POSITIVE_INFINITY), 8, out,
                List.of(new SiteHealth("الخليج اليوم", 4, 4, 2, 0, 1234.5)),
                List.of(new ThroughputHistory.Sample(8000, 1.5, 1.0, 20, 6))));
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.path("ready").asBoolean()).isTrue();
        assertThat(json.path("lag").path("total").asLong()).isEqualTo(20);
        assertThat(json.path("lag").path("time_lag_seconds").asDouble()).isEqualTo(6.0);
        assertThat(json.path("lag").path("drain_seconds").isNull()).isTrue();
        assertThat(json.path("lag").path("draining").asBoolean()).isFalse();
        assertThat(json.path("partitions").get(0).path("lag").asLong()).isEqualTo(20);
        assertThat(json.path("pages").path("out").path("article").asDouble()).isEqualTo(7.0);
        assertThat(json.path("sites").get(0).path("site").asText()).isEqualTo("الخليج اليوم");
        assertThat(json.path("sites").get(0).path("date_share").asDouble()).isEqualTo(0.5);
        assertThat(json.path("history").get(0).path("in_per_second").asDouble()).isEqualTo(1.5);
    }

    @Test
    void withoutALagReadingTheLagFieldsAreNull() throws Exception {
        JsonNode json = new ObjectMapper().readTree(StatusReport.json(new StatusReport.Inputs("a", "REBALANCING",
                false, 0, Optional.empty(), LagRates.UNKNOWN, 0, Map.of(), List.of(), List.of())));
        assertThat(json.path("lag").path("total").isNull()).isTrue();
        assertThat(json.path("partitions")).isEmpty();
    }
}
