package io.newspipe.streams.extract;

import java.util.Objects;

/**
 * Reads the ISO-8601 values pages put in meta tags, JSON-LD and {@code datetime} attributes ("2024-01-15",
 * "2024-01-15T10:30:00.000+02:00", "2024-01-15 10:30 UTC") by hand, accepting exactly the strings the pattern
 * {@code (\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?}
 * (case-blind, ASCII digits) matches as a whole, with the same parts as its groups: running that pattern was
 * most of the cost of a page's structured dates. Stateless and thread-safe.
 */
final class IsoDates {
    /**
     * The parts of a matched value, as the pattern's groups give them.
     *
     * @param hour the hour, or -1 when the value has no time
     * @param second the second, or -1 when the time has none
     * @param fraction the digits of the fraction of a second, or null
     * @param zone the zone as written ("Z", "+02:00", "utc"), or null
     */
    record Parts(int year, int month, int day, int hour, int minute, int second, String fraction, String zone) {
    }

    private IsoDates() {
    }

    /** The parts of {@code s} when the whole of it is such a value, else null. */
    static Parts read(String s) {
        Objects.requireNonNull(s, "s");
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2)) {
            return null;
        }
        Time time = Time.NONE;
        if (11 < n && (s.charAt(10) == 'T' || s.charAt(10) == 't' || s.charAt(10) == ' ') && isDigit(s.charAt(11))) {
            // the time must match here: without it, a digit would be left that no zone starts with
            time = Time.read(s, 11);
            if (time == null) {
                return null;
            }
        }
        int i = time.end();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        String zone = null;
        if (i < n) {
            if (zoneEnd(s, i) != n) {
                return null;
            }
            zone = s.substring(i);
        }
        return new Parts(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10), time.hour(), time.minute(),
                time.second(), time.fraction(), zone);
    }

    /**
     * The time of a value, "10:30", "9:05:07" or "10:30:00.123" (the pattern's groups 4 to 7), and where it ends.
     *
     * @param second the second, or -1 when the time has none
     * @param fraction the digits of the fraction of a second, or null
     */
    private record Time(int hour, int minute, int second, String fraction, int end) {
        /** No time: the date's ten chars end there. */
        static final Time NONE = new Time(-1, -1, -1, null, 10);

        /** The time whose hour starts at {@code h} (a digit), or null when no time is written there. */
        static Time read(String s, int h) {
            int n = s.length();
            int colon = h + 1 < n && isDigit(s.charAt(h + 1)) ? h + 2 : h + 1;
            if (colon >= n || s.charAt(colon) != ':' || !digits(s, colon + 1, 2)) {
                return null;
            }
            int hour = number(s, h, colon);
            int minute = number(s, colon + 1, colon + 3);
            int i = colon + 3;
            if (i >= n || s.charAt(i) != ':') {
                return new Time(hour, minute, -1, null, i);
            }
            if (!digits(s, i + 1, 2)) {
                return null;
            }
            int second = number(s, i + 1, i + 3);
            i += 3;
            if (i >= n || (s.charAt(i) != '.' && s.charAt(i) != ',')) {
                return new Time(hour, minute, second, null, i);
            }
            int end = i + 1;
            while (end < n && end - i <= 9 && isDigit(s.charAt(end))) {
                end++;
            }
            return end == i + 1 ? null : new Time(hour, minute, second, s.substring(i + 1, end), end);
        }
    }

    /** Where a zone starting at {@code i} ends ("Z", "+02", "+0200", "+02:00", "UTC", "GMT", any case), or -1. */
    private static int zoneEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == 'Z' || c == 'z') {
            return i + 1;
        }
        if (c == '+' || c == '-') {
            if (!digits(s, i + 1, 2)) {
                return -1;
            }
            int j = i + 3;
            if (j < s.length() && s.charAt(j) == ':' && digits(s, j + 1, 2)) {
                return j + 3;
            }
            return digits(s, j, 2) ? j + 2 : j;
        }
        return isWord(s, i, "utc") || isWord(s, i, "gmt") ? i + 3 : -1;
    }

    /** Whether {@code s} holds the lower-case ASCII {@code word} at {@code i}, in any ASCII case. */
    private static boolean isWord(String s, int i, String word) {
        if (i + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(i + k);
            char w = word.charAt(k);
            if (c != w && c != (char) (w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
