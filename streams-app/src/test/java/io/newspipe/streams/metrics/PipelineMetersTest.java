package io.newspipe.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PipelineMetersTest {
    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final PipelineMeters meters = new PipelineMeters(registry, Clock.fixed(NOW, ZoneOffset.UTC), 3);

    @Test
    void pagesInAndOutAreCountedByKindReasonAndSite() {
        meters.pageIn();
        meters.pageIn();
        meters.pageOut(PipelineEvents.ARTICLE, null, "Daily-Harbor", NOW.toEpochMilli() - 1500);
        meters.pageOut(PipelineEvents.DEAD_LETTER, "undecodable", null, NOW.toEpochMilli());
        String text = registry.scrape();
        assertThat(text).contains("newspipe_pages_in_total 2.0")
                .contains("newspipe_pages_out_total{kind=\"article\",reason=\"none\",site=\"daily-harbor\"} 1.0")
                .contains("newspipe_pages_out_total{kind=\"dead_letter\",reason=\"undecodable\",site=\"unknown\"} 1.0")
                // every kind exists from the start so ratios and rates are defined before the first page
                .contains("newspipe_pages_out_total{kind=\"revision\",reason=\"none\",site=\"unknown\"} 0.0");
        assertThat(meters.pagesIn()).isEqualTo(2);
        assertThat(meters.pagesOut()).isEqualTo(2);
        assertThat(meters.pagesOut(PipelineEvents.ARTICLE)).isEqualTo(1);
    }

    @Test
    void endToEndLatencyIsTheAgeOfTheInputRecordInBuckets() {
        meters.pageOut(PipelineEvents.ARTICLE, null, "a", NOW.toEpochMilli() - 1500);
        meters.pageOut(PipelineEvents.ARTICLE, null, "a", NOW.toEpochMilli() + 5000); // clock skew: counted as 0
        String text = registry.scrape();
        assertThat(text).contains("newspipe_end_to_end_latency_seconds_bucket{le=\"1.0\"} 1")
                .contains("newspipe_end_to_end_latency_seconds_bucket{le=\"2.5\"} 2")
                .contains("newspipe_end_to_end_latency_seconds_sum 1.5");
    }

    @Test
    void extractionHealthPerSiteGivesSharesAndBodyLength() {
        meters.extracted("الخليج اليوم", true, true, false, 1000);
        meters.extracted("الخليج اليوم", true, false, false, 3000);
        meters.extracted("daily-harbor", false, false, true, 100);
        assertThat(meters.siteHealth()).hasSize(2);
        SiteHealth ar = meters.siteHealth().stream().filter(s -> s.site().equals("الخليج اليوم")).findFirst().orElseThrow();
        assertThat(ar.pages()).isEqualTo(2);
        assertThat(ar.titleShare()).isEqualTo(1.0);
        assertThat(ar.dateShare()).isEqualTo(0.5);
        assertThat(ar.authorShare()).isZero();
        assertThat(ar.meanBodyChars()).isEqualTo(2000);
        assertThat(registry.scrape()).contains("newspipe_extraction_with_author_total{site=\"الخليج اليوم\"} 0.0")
                .contains("newspipe_extraction_body_chars_bucket{site=\"daily-harbor\",le=\"200.0\"} 1");
    }

    @Test
    void siteLabelsAreCappedSoCardinalityStaysBounded() {
        for (int i = 0; i < 10; i++) {
            meters.pageOut(PipelineEvents.ARTICLE, null, "site-" + i, 0);
        }
        assertThat(registry.find("newspipe.pages.out").tag("site", "other").counter().count()).isEqualTo(7);
        assertThat(registry.find("newspipe.pages.out").counters()).hasSize(4 + 3 + 1);
    }
}
