package io.newspipe.streams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's own meters, fed by the topology through {@link PipelineEvents}. Every name starts
 * with {@code newspipe}; labels are kind, reason and site, each capped by {@link BoundedLabels} so
 * series stay few. Documented in {@code ops/METRICS.md}. Thread-safe; never throws from an event.
 */
public final class PipelineMeters implements PipelineEvents {
    static final String PAGES_IN = "newspipe.pages.in";
    static final String PAGES_OUT = "newspipe.pages.out";
    static final String EXTRACTED = "newspipe.extraction.pages";
    static final String WITH_TITLE = "newspipe.extraction.with.title";
    static final String WITH_DATE = "newspipe.extraction.with.date";
    static final String WITH_AUTHOR = "newspipe.extraction.with.author";
    static final String BODY_CHARS = "newspipe.extraction.body.chars";
    static final String LATENCY = "newspipe.end.to.end.latency";

    private final MeterRegistry registry;
    private final Clock clock;
    private final BoundedLabels sites;
    private final BoundedLabels reasons;
    private final Counter pagesIn;
    private final Timer latency;

    /** Meters on {@code registry}; at most {@code maxSites} site label values (the rest are "other"). */
    public PipelineMeters(MeterRegistry registry, Clock clock, int maxSites) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sites = new BoundedLabels(maxSites);
        this.reasons = new BoundedLabels(50);
        this.pagesIn = Counter.builder(PAGES_IN).description("Raw pages read from the input topic")
                .register(registry);
        this.latency = Timer.builder(LATENCY)
                .description("Time from the raw record's timestamp to its output record leaving the topology")
                .serviceLevelObjectives(ms(50), ms(100), ms(250), ms(500), ms(1000), ms(2500), ms(5000),
                        ms(10_000), ms(30_000), ms(60_000), ms(300_000), ms(3_600_000))
                .register(registry);
        // Kinds are a fixed set: register them up front so rates exist (as 0) before the first page.
        for (String kind : new String[] {ARTICLE, REVISION, DUPLICATE, DEAD_LETTER}) {
            outCounter(kind, BoundedLabels.UNKNOWN, "none");
        }
    }

    /** Meters with the system clock and up to 200 sites. */
    public PipelineMeters(MeterRegistry registry) {
        this(registry, Clock.systemUTC(), 200);
    }

    @Override
    public void pageIn() {
        pagesIn.increment();
    }

    @Override
    public void pageOut(String kind, String reason, String site, long inputTimestampMs) {
        String k = kind == null ? BoundedLabels.UNKNOWN : kind;
        outCounter(k, sites.label(site), reason == null ? "none" : reasons.label(reason)).increment();
        if (inputTimestampMs > 0) {
            long age = clock.millis() - inputTimestampMs;
            latency.record(Math.max(0, age), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void extracted(String site, boolean hasTitle, boolean hasDate, boolean hasAuthor, int bodyChars) {
        String s = sites.label(site);
        registry.counter(EXTRACTED, "site", s).increment();
        // The "with" counters are registered even at 0 so share = with / pages is defined per site.
        registry.counter(WITH_TITLE, "site", s).increment(hasTitle ? 1 : 0);
        registry.counter(WITH_DATE, "site", s).increment(hasDate ? 1 : 0);
        registry.counter(WITH_AUTHOR, "site", s).increment(hasAuthor ? 1 : 0);
        DistributionSummary.builder(BODY_CHARS).tag("site", s)
                .description("Body text length of extracted articles")
                .serviceLevelObjectives(200, 500, 1000, 2000, 4000, 8000, 16_000, 32_000)
                .register(registry).record(Math.max(0, bodyChars));
    }

    /** Pages read so far (for the status page). */
    public double pagesIn() {
        return pagesIn.count();
    }

    /** Pages written so far, all kinds (for the status page). */
    public double pagesOut() {
        return registry.find(PAGES_OUT).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Pages written so far of one kind. */
    public double pagesOut(String kind) {
        return registry.find(PAGES_OUT).tag("kind", kind).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Extraction health per site so far, sorted by site. */
    public List<SiteHealth> siteHealth() {
        List<SiteHealth> out = new ArrayList<>();
        for (Counter pages : registry.find(EXTRACTED).counters()) {
            String site = pages.getId().getTag("site");
            DistributionSummary body = registry.find(BODY_CHARS).tag("site", site).summary();
            out.add(new SiteHealth(site, (long) pages.count(), count(WITH_TITLE, site), count(WITH_DATE, site),
                    count(WITH_AUTHOR, site), body == null ? 0 : body.mean()));
        }
        out.sort(Comparator.comparing(SiteHealth::site));
        return out;
    }

    private long count(String name, String site) {
        Counter c = registry.find(name).tag("site", site).counter();
        return c == null ? 0 : (long) c.count();
    }

    MeterRegistry registry() {
        return registry;
    }

    private Counter outCounter(String kind, String site, String reason) {
        return Counter.builder(PAGES_OUT).description("Records written to the output topics, one per raw page")
                .tags("kind", kind, "reason", reason, "site", site).register(registry);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
