package io.newspipe.streams.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them. {@link #parse} takes a machine value (ISO-8601 with or without
 * zone, RFC 1123, epoch seconds or milliseconds) and falls back to {@link #find}, which scans free text
 * for a Gregorian date in English, French, Arabic (both month-name families) or Persian, with ASCII,
 * Arabic-Indic or Persian digits, plus an optional time of day and zone. When a page shows a Hijri or
 * Persian solar date beside the Gregorian one the Gregorian wins; a date given only in one of those
 * calendars is converted ({@link LunarDates}). Values without a zone are taken as UTC; years outside
 * 1990–2100 are rejected. Stateless and thread-safe.
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
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?!\\d)(?::(\\d{2}))?"
            + "(?:\\.\\d+)?\\s*(a\\.?m\\.?|p\\.?m\\.?|صباحا|مساء|ص|م)?(?!\\p{L})");
    private static final Pattern ZONE = Pattern.compile("^\\s*\\(?\\s*(?:(gmt|utc|z)?\\s*([+-]\\s*\\d{1,2}(?::?\\d{2})?)|"
            + "(gmt|utc|z|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|eet|eest|ist|jst))(?![\\p{L}])");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})"
            + "(?:[.,](\\d{1,9}))?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?", Pattern.CASE_INSENSITIVE);
    /** How far before a date a leading time of day is looked for, and the widest gap allowed after it. */
    private static final int BEFORE = 40;
    private static final int BEFORE_GAP = 12;
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
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
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return fromIso(m);
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
        Hit hit = firstGregorian(f);
        if (hit == null) {
            LocalDate other = LunarDates.find(f, LunarDates.looksPersian(t));
            return other == null ? null : plausible(other.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return plausible(withTime(f, hit));
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

    private static Hit firstGregorian(String f) {
        Hit best = null;
        // Each pattern is tried only where a match can start: at a digit, or at a month name's first letter.
        Matcher m = DAY_MONTH_YEAR.matcher(f);
        if (MatchStarts.DIGITS.find(m, f, 0)) {
            best = earlier(best, hit(m, num(m, 3), MonthNames.month(MonthNames.Calendar.GREGORIAN, m.group(2)), num(m, 1)));
        }
        m = MONTH_DAY_YEAR.matcher(f);
        if (MONTH_STARTS.find(m, f, 0)) {
            best = earlier(best, hit(m, num(m, 3), MonthNames.month(MonthNames.Calendar.GREGORIAN, m.group(1)), num(m, 2)));
        }
        m = YEAR_MONTH_DAY.matcher(f);
        for (int from = 0; MatchStarts.DIGITS.find(m, f, from); from = m.end()) {
            Hit h = hit(m, num(m, 1), num(m, 3), num(m, 4));
            if (h != null) {
                best = earlier(best, h);
                break;
            }
        }
        m = DAY_MONTH_YEAR_NUMERIC.matcher(f);
        for (int from = 0; MatchStarts.DIGITS.find(m, f, from); from = m.end()) {
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

    private static Instant withTime(String f, Hit hit) {
        Matcher t = TIME.matcher(f);
        t.region(hit.end, Math.min(f.length(), hit.end + 40));
        LocalTime time = null;
        int timeEnd = -1;
        if (t.find() && !containsDigit(f, hit.end, t.start())) {
            time = time(t);
            timeEnd = t.end();
        }
        if (time == null) {
            // "10:02 AM EDT, Tue July 2, 2024", "14:30 - 15/01/2024": the time may come first.
            t.region(Math.max(0, hit.start - BEFORE), hit.start);
            while (t.find()) {
                int zoneEnd = zoneEnd(f, t.end(), hit.start);
                if (!containsDigit(f, zoneEnd, hit.start) && hit.start - zoneEnd <= BEFORE_GAP) {
                    time = time(t);
                    timeEnd = t.end();
                }
            }
        }
        if (time == null) {
            return hit.date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        ZoneId zone = zone(f.substring(timeEnd, Math.min(f.length(), timeEnd + 16)));
        return LocalDateTime.of(hit.date, time).atZone(zone).toInstant();
    }

    /** Where a zone written right after a time ends (the time's end when there is none). */
    private static int zoneEnd(String f, int from, int limit) {
        Matcher z = ZONE.matcher(f);
        z.region(from, limit);
        return z.lookingAt() ? z.end() : from;
    }

    private static LocalTime time(Matcher t) {
        int h = Integer.parseInt(t.group(1));
        int min = Integer.parseInt(t.group(2));
        int sec = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        String ampm = t.group(4);
        if (ampm != null) {
            boolean pm = ampm.startsWith("p") || ampm.equals("م") || ampm.equals("مساء");
            if (h > 12) {
                pm = false;
            } else if (pm && h < 12) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        }
        return h < 24 && min < 60 && sec < 60 ? LocalTime.of(h, min, sec) : null;
    }

    /** The zone written right after a time ("GMT+3", "+03:00", "EST"), UTC when none. */
    static ZoneId zone(String after) {
        Matcher z = ZONE.matcher(after);
        if (!z.find()) {
            return ZoneOffset.UTC;
        }
        if (z.group(2) != null) {
            return offset(z.group(2).replace(" ", ""));
        }
        return switch (z.group(3)) {
            case "et", "est", "edt" -> ZoneId.of("America/New_York");
            case "ct", "cst", "cdt" -> ZoneId.of("America/Chicago");
            case "mt", "mst", "mdt" -> ZoneId.of("America/Denver");
            case "pt", "pst", "pdt" -> ZoneId.of("America/Los_Angeles");
            case "bst" -> ZoneId.of("Europe/London");
            case "cet", "cest" -> ZoneId.of("Europe/Paris");
            case "eet", "eest" -> ZoneId.of("Europe/Athens");
            case "ist" -> ZoneOffset.ofHoursMinutes(5, 30);
            case "jst" -> ZoneOffset.ofHours(9);
            default -> ZoneOffset.UTC;
        };
    }

    private static ZoneOffset offset(String s) {
        int sign = s.charAt(0) == '-' ? -1 : 1;
        String digits = s.substring(1).replace(":", "");
        int h;
        int m = 0;
        if (digits.length() <= 2) {
            h = Integer.parseInt(digits);
        } else {
            h = Integer.parseInt(digits.substring(0, digits.length() - 2));
            m = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        if (h > 14 || m > 59) {
            return ZoneOffset.UTC;
        }
        return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
    }

    private static Instant fromIso(Matcher m) {
        LocalDate date = date(num(m, 1), num(m, 2), num(m, 3));
        if (date == null) {
            return null;
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            int h = num(m, 4);
            int min = num(m, 5);
            int sec = m.group(6) == null ? 0 : num(m, 6);
            if (h > 23 || min > 59 || sec > 59) {
                return null;
            }
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            time = LocalTime.of(h, min, sec, nanos);
        }
        String z = m.group(8) == null ? "" : m.group(8).toUpperCase(Locale.ROOT);
        ZoneOffset offset = z.isEmpty() || z.equals("Z") || z.equals("UTC") || z.equals("GMT") ? ZoneOffset.UTC : offset(z);
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

    private static Instant plausible(Instant i) {
        if (i == null) {
            return null;
        }
        int year = i.atZone(ZoneOffset.UTC).getYear();
        return year >= 1990 && year <= 2100 ? i : null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean containsDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
