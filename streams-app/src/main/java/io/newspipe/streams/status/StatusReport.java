package io.newspipe.streams.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newspipe.streams.metrics.LagRates;
import io.newspipe.streams.metrics.LagSnapshot;
import io.newspipe.streams.metrics.PartitionState;
import io.newspipe.streams.metrics.SiteHealth;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the figures of the status page as the {@code /status.json} document. Stateless and thread-safe; each
 * call builds a new document. Numbers that are unknown or infinite become JSON null.
 */
public final class StatusReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusReport() {
    }

    /** What the report shows, gathered by the caller at one moment. */
    public record Inputs(String applicationId, String state, boolean ready, long nowMs, Optional<LagSnapshot> lag,
            LagRates rates, double pagesIn, Map<String, Double> pagesOutByKind, List<SiteHealth> sites,
            List<ThroughputHistory.Sample> history) {
    }

    /** The JSON text for {@code in}. */
    public static String json(Inputs in) {
        ObjectNode root = JSON.createObjectNode();
        root.put("application_id", in.applicationId());
        root.put("state", in.state());
        root.put("ready", in.ready());
        root.put("generated_at", Instant.ofEpochMilli(in.nowMs()).toString());
        root.set("lag", lag(in));
        ArrayNode partitions = root.putArray("partitions");
        in.lag().ifPresent(s -> s.partitions().forEach(p -> partitions.add(partition(p, s.atMs()))));
        ObjectNode pages = root.putObject("pages");
        number(pages, "in", in.pagesIn());
        ObjectNode out = pages.putObject("out");
        in.pagesOutByKind().forEach((kind, n) -> number(out, kind, n));
        ArrayNode sites = root.putArray("sites");
        in.sites().forEach(s -> sites.add(site(s)));
        ArrayNode history = root.putArray("history");
        for (ThroughputHistory.Sample s : in.history()) {
            ObjectNode h = history.addObject();
            h.put("t", s.atMs());
            number(h, "in_per_second", s.inPerSecond());
            number(h, "out_per_second", s.outPerSecond());
            if (s.lag() >= 0) {
                h.put("lag", s.lag());
            } else {
                h.putNull("lag");
            }
            number(h, "time_lag_seconds", s.timeLagSeconds());
        }
        return root.toString();
    }

    private static ObjectNode lag(Inputs in) {
        ObjectNode lag = JSON.createObjectNode();
        if (in.lag().isPresent()) {
            LagSnapshot s = in.lag().get();
            lag.put("group", s.group());
            lag.put("total", s.totalLag());
            number(lag, "time_lag_seconds", s.maxTimeLagSeconds());
            lag.put("read_at", Instant.ofEpochMilli(s.atMs()).toString());
        } else {
            lag.putNull("total");
            lag.putNull("time_lag_seconds");
        }
        number(lag, "consume_per_second", in.rates().consumePerSecond());
        number(lag, "produce_per_second", in.rates().producePerSecond());
        number(lag, "drain_seconds", in.rates().drainSeconds());
        lag.put("draining", !Double.isInfinite(in.rates().drainSeconds()));
        return lag;
    }

    private static ObjectNode partition(PartitionState p, long atMs) {
        ObjectNode n = JSON.createObjectNode();
        n.put("topic", p.lag().topic());
        n.put("partition", p.lag().partition());
        n.put("committed", p.lag().committedOffset());
        n.put("end", p.lag().endOffset());
        n.put("lag", p.lag().lag());
        number(n, "time_lag_seconds", p.timeLagSeconds(atMs));
        return n;
    }

    private static ObjectNode site(SiteHealth s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("site", s.site());
        n.put("pages", s.pages());
        number(n, "title_share", s.titleShare());
        number(n, "date_share", s.dateShare());
        number(n, "author_share", s.authorShare());
        number(n, "mean_body_chars", s.meanBodyChars());
        return n;
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
