package io.newspipe.streams.status;

import io.newspipe.streams.metrics.LagHistory;
import io.newspipe.streams.metrics.LagSnapshot;
import io.newspipe.streams.metrics.PipelineEvents;
import io.newspipe.streams.metrics.PipelineMeters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs {@code /status} and {@code /status.json}: samples throughput and lag every few seconds
 * for the charts and renders the current figures. Thread-safe; sampling runs on a daemon thread.
 */
public final class StatusService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusService.class);
    private static final String PAGE_RESOURCE = "status.html";
    private final String applicationId;
    private final Supplier<String> state;
    private final BooleanSupplier ready;
    private final PipelineMeters meters;
    private final LagHistory lagHistory;
    private final Clock clock;
    private final ThroughputHistory throughput = new ThroughputHistory(Duration.ofMinutes(10).toMillis());
    private final ScheduledExecutorService sampler;
    private final String page;

    /** Starts sampling every {@code interval}. */
    public StatusService(String applicationId, Supplier<String> state, BooleanSupplier ready, PipelineMeters meters,
            LagHistory lagHistory, Clock clock, Duration interval) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.state = Objects.requireNonNull(state, "state");
        this.ready = Objects.requireNonNull(ready, "ready");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.lagHistory = Objects.requireNonNull(lagHistory, "lagHistory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.page = loadPage();
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newspipe-status-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The self-contained HTML page. */
    public String page() {
        return page;
    }

    /** The current figures as JSON. */
    public String json() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String kind : new String[] {PipelineEvents.ARTICLE, PipelineEvents.REVISION, PipelineEvents.DUPLICATE,
            PipelineEvents.DEAD_LETTER}) {
            out.put(kind, meters.pagesOut(kind));
        }
        return StatusReport.json(new StatusReport.Inputs(applicationId, state.get(), ready.getAsBoolean(),
                clock.millis(), lagHistory.latest(), lagHistory.rates(), meters.pagesIn(), out, meters.siteHealth(),
                throughput.samples()));
    }

    private void sample() {
        try {
            Optional<LagSnapshot> lag = lagHistory.latest();
            throughput.record(clock.millis(), meters.pagesIn(), meters.pagesOut(),
                    lag.map(LagSnapshot::totalLag).orElse(-1L),
                    lag.map(LagSnapshot::maxTimeLagSeconds).orElse(Double.NaN));
        } catch (RuntimeException e) {
            // An exception would cancel the schedule and freeze the charts; log and keep sampling.
            LOG.warn("status sampling failed", e);
        }
    }

    private static String loadPage() {
        try (InputStream in = StatusService.class.getResourceAsStream(PAGE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PAGE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
