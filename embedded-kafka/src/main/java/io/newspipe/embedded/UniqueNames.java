package io.newspipe.embedded;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Names unique within a JVM run (and very likely across runs on one broker), valid as Kafka topic
 * names and Streams {@code application.id}s.
 *
 * <p>Thread-safe.
 */
final class UniqueNames {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]+");

    private UniqueNames() {
    }

    /** {@code prefix-<counter>-<6 random hex digits>}; the prefix must be a legal topic name fragment. */
    static String next(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!LEGAL.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix may only hold [a-zA-Z0-9._-]: " + prefix);
        }
        return String.format(Locale.ROOT, "%s-%d-%06x", prefix, COUNTER.incrementAndGet(),
                ThreadLocalRandom.current().nextInt(1 << 24));
    }
}
