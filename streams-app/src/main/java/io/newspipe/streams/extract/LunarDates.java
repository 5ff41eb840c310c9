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
    private static final Pattern HIJRI = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*("
            + MonthNames.alternation(MonthNames.Calendar.HIJRI) + ")(?!\\p{L})\\s*(1[34]\\d\\d)(?!\\d)");
    private static final Pattern PERSIAN = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*("
            + MonthNames.alternation(MonthNames.Calendar.PERSIAN) + ")(?!\\p{L})\\s*(1[34]\\d\\d)(?!\\d)");

    private LunarDates() {
    }

    /** The first Hijri or Persian date in folded text, as a Gregorian date, or null. */
    static LocalDate find(String folded) {
        Matcher h = HIJRI.matcher(folded);
        Matcher p = PERSIAN.matcher(folded);
        boolean hf = h.find();
        boolean pf = p.find();
        if (hf && (!pf || h.start() <= p.start())) {
            IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            return convert(cal, h, MonthNames.Calendar.HIJRI);
        }
        if (pf) {
            return convert(new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT), p, MonthNames.Calendar.PERSIAN);
        }
        return null;
    }

    private static LocalDate convert(Calendar cal, Matcher m, MonthNames.Calendar calendar) {
        int day = Integer.parseInt(m.group(1));
        int month = MonthNames.month(calendar, m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        cal.clear();
        cal.set(year, month - 1, day);
        LocalDate greg = Instant.ofEpochMilli(cal.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
        return DateParser.date(greg.getYear(), greg.getMonthValue(), greg.getDayOfMonth());
    }
}
