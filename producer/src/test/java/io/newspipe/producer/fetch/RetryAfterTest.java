package io.newspipe.producer.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).hasValue(Duration.ZERO);
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 04:01:30 GMT", NOW)).hasValue(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 03:00:00 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).isEmpty();
    }
}
