package io.newspipe.streams.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day and zone written beside a date found in free text ({@link DateParser#find}): after the
 * date ("15 March 2024, 14:30 GMT+3") or just before it ("10:02 AM EDT, Tue July 2, 2024"), in 24-hour or
 * 12-hour form (a.m./p.m., صباحا/مساء), with a zone as an offset or one of the usual abbreviations. Kept apart
 * from the date patterns so that each class stays readable. Stateless and thread-safe.
 */
final class TimesOfDay {
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?!\\d)(?::(\\d{2}))?"
            + "(?:\\.\\d+)?\\s*(a\\.?m\\.?|p\\.?m\\.?|صباحا|مساء|ص|م)?(?!\\p{L})");
    private static final Pattern ZONE = Pattern.compile("^\\s*\\(?\\s*(?:(gmt|utc|z)?\\s*([+-]\\s*\\d{1,2}(?::?\\d{2})?)|"
            + "(gmt|utc|z|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|eet|eest|ist|jst))(?![\\p{L}])");
    /** How far after a date its time is looked for. */
    private static final int AFTER = 40;
    /** How far before a date a leading time of day is looked for, and the widest gap allowed after it. */
    private static final int BEFORE = 40;
    private static final int BEFORE_GAP = 12;

    private TimesOfDay() {
    }

    /**
     * The instant of a date found in folded text at {@code [start, end)}, with the time of day written right
     * after it (or, failing that, just before it) and that time's zone; midnight UTC when there is no time.
     */
    static Instant at(String f, int start, int end, LocalDate date) {
        Matcher t = TIME.matcher(f);
        t.region(end, Math.min(f.length(), end + AFTER));
        LocalTime time = null;
        int timeEnd = -1;
        if (t.find() && !containsDigit(f, end, t.start())) {
            time = time(t);
            timeEnd = t.end();
        }
        if (time == null) {
            // "10:02 AM EDT, Tue July 2, 2024", "14:30 - 15/01/2024": the time may come first.
            t.region(Math.max(0, start - BEFORE), start);
            while (t.find()) {
                int zoneEnd = zoneEnd(f, t.end(), start);
                if (!containsDigit(f, zoneEnd, start) && start - zoneEnd <= BEFORE_GAP) {
                    time = time(t);
                    timeEnd = t.end();
                }
            }
        }
        if (time == null) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        ZoneId zone = zone(f.substring(timeEnd, Math.min(f.length(), timeEnd + 16)));
        return LocalDateTime.of(date, time).atZone(zone).toInstant();
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

    /** An offset written "+3", "-0530" or "+05:30"; UTC when out of range. */
    static ZoneOffset offset(String s) {
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

    private static boolean containsDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
