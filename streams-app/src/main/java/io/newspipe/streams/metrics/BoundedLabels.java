package io.newspipe.streams.metrics;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a label's values low-cardinality: the first {@code max} distinct values pass through
 * (trimmed, lower-cased, at most 64 characters), later ones become {@link #OTHER}; null and blank
 * become {@link #UNKNOWN}. Site names and reasons come from pages, so without a cap one odd crawl
 * could create thousands of series. Thread-safe.
 */
public final class BoundedLabels {
    /** Value for labels past the cap. */
    public static final String OTHER = "other";
    /** Value for a missing label. */
    public static final String UNKNOWN = "unknown";
    private static final int MAX_LENGTH = 64;
    private final int max;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public BoundedLabels(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
    }

    /** The label value to use for {@code raw}. */
    public String label(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN;
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            value = value.substring(0, MAX_LENGTH);
        }
        if (seen.contains(value)) {
            return value;
        }
        // Racing threads may let a few values past the cap; harmless, the cap is about orders of magnitude.
        if (seen.size() >= max) {
            return OTHER;
        }
        seen.add(value);
        return value;
    }

    /** Distinct values admitted so far. */
    public int size() {
        return seen.size();
    }

    @Override
    public String toString() {
        return "BoundedLabels[max=" + max + ", seen=" + seen.size() + "]";
    }

}
