package io.newspipe.producer.discover;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Lenient parsing of the dates feeds and sitemaps carry (RFC 822/1123, ISO-8601, W3C date). Thread-safe. */
final class Dates {
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [zzz][Z]",
            Locale.ROOT);

    private Dates() {
    }

    /** The instant {@code text} names, or null when it cannot be read. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO-8601 with offset; try the other forms
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the looser RFC 822 form
        }
        try {
            return ZonedDateTime.parse(s, RFC822).toInstant();
        } catch (DateTimeParseException ignored) {
            // try a bare date
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
