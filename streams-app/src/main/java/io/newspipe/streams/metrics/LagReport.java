package io.newspipe.streams.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;

/**
 * Renders a group's {@link LagSnapshot} and {@link LagRates} for people ({@link #table}) and
 * scripts ({@link #json}); used by {@code ./newspipe lag}. Stateless and thread-safe.
 */
public final class LagReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LagReport() {
    }

    /** A fixed-width table: one row per partition, then totals, rates and time to drain. */
    public static String table(LagSnapshot s, LagRates rates) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "group %s   at %s%n", s.group(), Instant.ofEpochMilli(s.atMs())));
        int topicWidth = Math.max(5, s.partitions().stream().mapToInt(p -> p.lag().topic().length()).max().orElse(5));
        String row = "%-" + topicWidth + "s %9s %12s %12s %10s %10s%n";
        sb.append(String.format(Locale.ROOT, row, "TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "TIME LAG"));
        for (PartitionState p : s.partitions()) {
            PartitionLag l = p.lag();
            sb.append(String.format(Locale.ROOT, row, l.topic(), l.partition(),
                    l.committedOffset() < 0 ? "-" : Long.toString(l.committedOffset()), l.endOffset(), l.lag(),
                    duration(p.timeLagSeconds(s.atMs()))));
        }
        sb.append(String.format(Locale.ROOT, "total lag %d   time lag %s   consume %s/s   produce %s/s   drain %s%n",
                s.totalLag(), duration(s.maxTimeLagSeconds()), rate(rates.consumePerSecond()),
                rate(rates.producePerSecond()), drain(rates.drainSeconds())));
        return sb.toString();
    }

    /** One JSON object (a single line); unknown or infinite numbers are null. */
    public static String json(LagSnapshot s, LagRates rates) {
        ObjectNode root = JSON.createObjectNode();
        root.put("group", s.group());
        root.put("at", Instant.ofEpochMilli(s.atMs()).toString());
        root.put("total_lag", s.totalLag());
        number(root, "time_lag_seconds", s.maxTimeLagSeconds());
        number(root, "consume_per_second", rates.consumePerSecond());
        number(root, "produce_per_second", rates.producePerSecond());
        number(root, "drain_seconds", rates.drainSeconds());
        root.put("draining", s.totalLag() == 0 || Double.isFinite(rates.drainSeconds()));
        ArrayNode parts = root.putArray("partitions");
        for (PartitionState p : s.partitions()) {
            ObjectNode n = parts.addObject();
            n.put("topic", p.lag().topic());
            n.put("partition", p.lag().partition());
            n.put("committed_offset", p.lag().committedOffset());
            n.put("end_offset", p.lag().endOffset());
            n.put("lag", p.lag().lag());
            number(n, "time_lag_seconds", p.timeLagSeconds(s.atMs()));
        }
        return root.toString();
    }

    /** Human duration: "0.4 s", "12 s", "3.5 min", "2.1 h"; "?" when unknown. */
    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "?";
        }
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    private static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "?" : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String drain(double seconds) {
        if (Double.isInfinite(seconds)) {
            return "not draining";
        }
        return duration(seconds);
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
