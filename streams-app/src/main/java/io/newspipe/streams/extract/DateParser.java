package io.newspipe.streams.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them. {@link #parse} takes a machine value (ISO-8601 with or without
 * zone, read by {@link IsoDates}; RFC 1123; epoch seconds or milliseconds) and falls back to {@link #find}, which
 * scans free text for a Gregorian date in English, French, Arabic (both month-name families) or Persian, with
 * ASCII, Arabic-Indic or Persian digits, plus an optional time of day and zone. When a page shows a Hijri or
 * Persian solar date beside the Gregorian one the Gregorian wins; a date given only in one of those
 * calendars is converted ({@link LunarDates}). Values without a zone are taken as UTC; years outside
 * 1990–2100 are rejected. The time of day and zone beside a date in text are read by {@link TimesOfDay}.
 * Stateless and thread-safe.
 */
public final class DateParser {
    private static final String G = MonthNames.alternation(MonthNames.Calendar.GREGORIAN);
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s*"
            + "(?:de\\s+|of\\s+)?(" + G + ")(?!\\p{L})\\.?,?\\s*(?:de\\s+)?'?(\\d{4})(?!\\d)");
    static final MatchStarts MONTH_STARTS = MatchStarts.of(MonthNames.initials(MonthNames.Calendar.GREGORIAN));
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!\\p{L})(" + G + ")(?!\\p{L})\\.?\\s*"
            + "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+(\\d{4})(?!\\d)");
    static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<![\\d/.\\-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    static final Pattern DAY_MONTH_YEAR_NUMERIC =
            Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?![\\d/.\\-]\\d)");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    /** The first instant of 1990 and of 2101 in UTC: the plausible years are those between. */
    private static final Instant FIRST_PLAUSIBLE = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant AFTER_PLAUSIBLE = Instant.parse("2101-01-01T00:00:00Z");
    /** A date found in text and where it ends. */
    private record Hit(int start, int end, LocalDate date) {
    }

    private DateParser() {
    }

    /**
     * Parses a machine-readable date value (meta content, JSON-LD, {@code datetime} attribute), falling
     * back to a free-text search.
     *
     * @return the instant, or null when nothing plausible is found
     */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 500) {
            return null;
        }
        IsoDates.Parts iso = IsoDates.read(s);
        if (iso != null) {
            return fromIso(iso);
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            return plausible(s.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
        }
        if (s.length() >= 20 && Character.isLetter(s.charAt(0)) && s.charAt(3) == ',') {
            try {
                return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeException e) {
                // not RFC 1123 after all: the free-text search below gets its chance
            }
        }
        return find(s);
    }

    /**
     * Finds the first Gregorian date in free text (with a time and zone when one follows it), else the
     * first Hijri or Persian solar date converted to Gregorian.
     *
     * @return the instant, or null
     */
    public static Instant find(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.length() > 4000 ? text.substring(0, 4000) : text;
        if (!hasDigit(t)) {
            return null; // every date pattern needs digits, and folding only turns Arabic-Indic and Persian ones into them
        }
        String f = MonthNames.fold(t);
        int lastYear = lastFourDigits(f);
        // each Gregorian pattern holds a four-digit year, so none can match without one, nor start after the last
        Hit hit = lastYear < 0 ? null : firstGregorian(f, lastYear);
        if (hit == null) {
            LocalDate other = LunarDates.find(f, LunarDates.looksPersian(t));
            return other == null ? null : plausible(other.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return plausible(TimesOfDay.at(f, hit.start, hit.end, hit.date));
    }

    /** Whether the text has an ASCII, Arabic-Indic or Persian digit: what {@code \d} matches after folding. */
    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
                return true;
            }
        }
        return false;
    }

    /** Where the last run of four ASCII digits in {@code f} starts (runs overlapping), or -1 when there is none. */
    static int lastFourDigits(String f) {
        int run = 0;
        for (int i = f.length() - 1; i >= 0; i--) {
            char c = f.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return i;
            }
        }
        return -1;
    }

    /** The earliest Gregorian date in {@code f}; every match starts at or before {@code lastYear} (its year's start). */
    private static Hit firstGregorian(String f, int lastYear) {
        Hit best = null;
        // Each pattern is tried only where a match can start: at a digit, or at a month name's first letter.
        Matcher m = DAY_MONTH_YEAR.matcher(f);
        if (MatchStarts.DIGITS.find(m, f, 0, lastYear)) {
            best = earlier(best, hit(m, num(m, 3), MonthNames.month(MonthNames.Calendar.GREGORIAN, m.group(2)), num(m, 1)));
        }
        m = MONTH_DAY_YEAR.matcher(f);
        if (MONTH_STARTS.find(m, f, 0, lastYear)) {
            best = earlier(best, hit(m, num(m, 3), MonthNames.month(MonthNames.Calendar.GREGORIAN, m.group(1)), num(m, 2)));
        }
        m = YEAR_MONTH_DAY.matcher(f);
        for (int from = 0; MatchStarts.DIGITS.find(m, f, from, lastYear); from = m.end()) {
            Hit h = hit(m, num(m, 1), num(m, 3), num(m, 4));
            if (h != null) {
                best = earlier(best, h);
                break;
            }
        }
        m = DAY_MONTH_YEAR_NUMERIC.matcher(f);
        for (int from = 0; MatchStarts.DIGITS.find(m, f, from, lastYear); from = m.end()) {
            int a = num(m, 1);
            int b = num(m, 3);
            // Day first unless that cannot be (13/01 vs 01/13): most of the world writes it so.
            Hit h = b > 12 && a <= 12 ? hit(m, num(m, 4), a, b) : hit(m, num(m, 4), b, a);
            if (h != null) {
                best = earlier(best, h);
                break;
            }
        }
        return best;
    }

    private static Instant fromIso(IsoDates.Parts p) {
        LocalDate date = date(p.year(), p.month(), p.day());
        if (date == null) {
            return null;
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (p.hour() >= 0) {
            int h = p.hour();
            int min = p.minute();
            int sec = p.second() < 0 ? 0 : p.second();
            if (h > 23 || min > 59 || sec > 59) {
                return null;
            }
            int nanos = p.fraction() == null ? 0 : Integer.parseInt((p.fraction() + "00000000").substring(0, 9));
            time = LocalTime.of(h, min, sec, nanos);
        }
        String z = p.zone() == null ? "" : p.zone().toUpperCase(Locale.ROOT);
        ZoneOffset offset = z.isEmpty() || z.equals("Z") || z.equals("UTC") || z.equals("GMT") ? ZoneOffset.UTC : TimesOfDay.offset(z);
        return plausible(LocalDateTime.of(date, time).toInstant(offset));
    }

    private static Hit hit(Matcher m, int year, int month, int day) {
        LocalDate d = date(year, month, day);
        return d == null ? null : new Hit(m.start(), m.end(), d);
    }

    private static Hit earlier(Hit a, Hit b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start <= b.start ? a : b;
    }

    static LocalDate date(int year, int month, int day) {
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 31 February and the like
        }
    }

    /** Whether the UTC year is 1990–2100, told by two comparisons instead of a date-time built for its year. */
    private static Instant plausible(Instant i) {
        if (i == null) {
            return null;
        }
        return i.compareTo(FIRST_PLAUSIBLE) >= 0 && i.compareTo(AFTER_PLAUSIBLE) < 0 ? i : null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
