package io.newspipe.producer.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations written as a number and a unit: {@code 250ms}, {@code 1s}, {@code 5m}, {@code 2h}. Thread-safe. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses {@code text}; a bare {@code 0} is accepted as zero.
     *
     * @throws IllegalArgumentException naming {@code key} when the text is not a duration
     */
    public static Duration parse(String key, String text) {
        Objects.requireNonNull(key, "key");
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": not a duration (use ms, s, m or h, e.g. 5m): " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
