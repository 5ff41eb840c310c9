package io.newspipe.streams.extract;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in the Hijri (Umm al-Qura) or Persian solar calendar ("5 رجب 1445 هـ", "۲۵ دی ۱۴۰۲"),
 * converted to Gregorian with ICU4J. Used only when a page shows no Gregorian date. Works on text
 * already passed through {@link MonthNames#fold}. Thread-safe: a new ICU calendar per call.
 */
final class LunarDates {
    static final Pattern HIJRI = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*("
            + MonthNames.alternation(MonthNames.Calendar.HIJRI) + ")(?!\\p{L})\\s*(1[34]\\d\\d)(?!\\d)");
    static final Pattern PERSIAN = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*("
            + MonthNames.alternation(MonthNames.Calendar.PERSIAN) + ")(?!\\p{L})\\s*(1[34]\\d\\d)(?!\\d)");

    /** Numeric year-first dates of those calendars ("1402/10/25", "1445/07/05 هـ"). */
    static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.\\-])(1[34]\\d\\d)([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"
            + "(\\s*ه(?!\\p{L}))?");

    private LunarDates() {
    }

    /**
     * The first Hijri or Persian date in folded text, as a Gregorian date, or null. Numeric dates count
     * only when marked: Hijri by the هـ suffix, Persian solar when the page is Persian.
     *
     * @param folded text passed through {@link MonthNames#fold}
     * @param persian whether the original text is Persian (Persian letters or digits)
     */
    static LocalDate find(String folded, boolean persian) {
        Matcher h = HIJRI.matcher(folded);
        Matcher p = PERSIAN.matcher(folded);
        boolean hf = MatchStarts.DIGITS.find(h, folded, 0);
        boolean pf = MatchStarts.DIGITS.find(p, folded, 0);
        if (hf && (!pf || h.start() <= p.start())) {
            return convert(hijri(), Integer.parseInt(h.group(3)), MonthNames.month(MonthNames.Calendar.HIJRI, h.group(2)),
                    Integer.parseInt(h.group(1)));
        }
        if (pf) {
            return convert(new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT), Integer.parseInt(p.group(3)),
                    MonthNames.month(MonthNames.Calendar.PERSIAN, p.group(2)), Integer.parseInt(p.group(1)));
        }
        Matcher n = NUMERIC.matcher(folded);
        for (int from = 0; MatchStarts.DIGITS.find(n, folded, from); from = n.end()) {
            boolean hijriMark = n.group(5) != null;
            if (hijriMark || persian) {
                Calendar cal = hijriMark ? hijri() : new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
                LocalDate d = convert(cal, Integer.parseInt(n.group(1)), Integer.parseInt(n.group(3)),
                        Integer.parseInt(n.group(4)));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** True when text is written in Persian: letters Arabic lacks, or Persian digits. */
    static boolean looksPersian(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک' || (c >= '۰' && c <= '۹')) {
                return true;
            }
        }
        return false;
    }

    private static IslamicCalendar hijri() {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return cal;
    }

    private static LocalDate convert(Calendar cal, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        cal.clear();
        cal.set(year, month - 1, day);
        LocalDate greg = Instant.ofEpochMilli(cal.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
        return DateParser.date(greg.getYear(), greg.getMonthValue(), greg.getDayOfMonth());
    }
}
