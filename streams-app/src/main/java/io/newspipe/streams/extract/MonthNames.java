package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names as news pages write them, for the date parser: Gregorian months in English, French,
 * Arabic (Egyptian/Gulf يناير forms, Levantine/Iraqi كانون الثاني forms, Maghrebi جانفي and
 * يوليوز/غشت forms) and Persian (ژانویه…); Hijri months (محرم…ذو الحجة) and Persian solar months
 * (فروردین…اسفند), so that those dates are recognised rather than misread. Names are matched after
 * {@link #fold}. Immutable and thread-safe.
 */
final class MonthNames {
    /** Calendar a month name belongs to. */
    enum Calendar { GREGORIAN, HIJRI, PERSIAN }

    private static final String[][] GREGORIAN = {
        {"january", "jan", "janvier", "janv", "يناير", "كانون الثاني", "جانفي", "ژانویه", "ینایر"},
        {"february", "feb", "février", "fevrier", "févr", "fevr", "fév", "فبراير", "شباط", "فيفري", "فوریه", "فبرایر"},
        {"march", "mar", "mars", "مارس", "آذار", "مارت"},
        {"april", "apr", "avril", "avr", "أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل", "آوریل", "ابریل"},
        {"may", "mai", "مايو", "أيار", "ايار", "ماي", "مه", "مای"},
        {"june", "jun", "juin", "يونيو", "يونيه", "حزيران", "جوان", "ژوئن"},
        {"july", "jul", "juillet", "juil", "يوليو", "يوليه", "تموز", "يوليوز", "جويلية", "ژوئیه", "جولای"},
        {"august", "aug", "août", "aout", "أغسطس", "اغسطس", "آب", "غشت", "أوت", "اوت", "اوت"},
        {"september", "sep", "sept", "septembre", "سبتمبر", "أيلول", "ايلول", "شتنبر", "سپتامبر"},
        {"october", "oct", "octobre", "أكتوبر", "اكتوبر", "تشرين الأول", "اکتبر"},
        {"november", "nov", "novembre", "نوفمبر", "تشرين الثاني", "نونبر", "نوامبر"},
        {"december", "dec", "décembre", "decembre", "déc", "ديسمبر", "كانون الأول", "دجنبر", "دسامبر"},
    };
    private static final String[][] HIJRI = {
        {"محرم", "المحرم"}, {"صفر"}, {"ربيع الأول", "ربيع الاول", "ربيع أول"}, {"ربيع الآخر", "ربيع الثاني", "ربيع ثاني"},
        {"جمادى الأولى", "جمادى الاولى", "جمادى الأول"}, {"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"},
        {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"}, {"ذو القعدة", "ذي القعدة"}, {"ذو الحجة", "ذي الحجة"},
    };
    private static final String[][] PERSIAN = {
        {"فروردین"}, {"اردیبهشت"}, {"خرداد"}, {"تیر"}, {"مرداد"}, {"شهریور"},
        {"مهر"}, {"آبان"}, {"آذر"}, {"دی"}, {"بهمن"}, {"اسفند"},
    };

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, Integer> GREGORIAN_INDEX = index(GREGORIAN);
    private static final Map<String, Integer> HIJRI_INDEX = index(HIJRI);
    private static final Map<String, Integer> PERSIAN_INDEX = index(PERSIAN);

    private MonthNames() {
    }

    /** Regex alternation (longest names first) of a calendar's folded month names. */
    static String alternation(Calendar calendar) {
        List<String> names = new ArrayList<>(indexOf(calendar).keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(n).replace(" ", "\\E\\s+\\Q"));
        }
        return sb.toString();
    }

    /** The first characters of a calendar's folded month names: where a match of {@link #alternation} can start. */
    static String initials(Calendar calendar) {
        StringBuilder sb = new StringBuilder();
        indexOf(calendar).keySet().forEach(n -> sb.append(n.charAt(0)));
        return sb.toString();
    }

    /** The month number (1–12) of a folded name, or 0. */
    static int month(Calendar calendar, String foldedName) {
        return indexOf(calendar).getOrDefault(SPACES.matcher(foldedName).replaceAll(" "), 0);
    }

    /**
     * Folds text for matching only: lower case; Arabic-Indic and Persian digits to ASCII; alef, yeh,
     * kaf and teh-marbuta variants to one form; tatweel and diacritics to nothing. Never for display.
     */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                sb.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                sb.append((char) ('0' + c - '\u06F0'));
            } else if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') {
                sb.append('ا');
            } else if (c == 'ى' || c == 'ی' || c == 'ئ') {
                sb.append('ي');
            } else if (c == 'ک') {
                sb.append('ك');
            } else if (c == 'ة') {
                sb.append('ه');
            } else if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
                continue;
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u200C') {
                sb.append(' ');
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static Map<String, Integer> indexOf(Calendar calendar) {
        return switch (calendar) {
            case GREGORIAN -> GREGORIAN_INDEX;
            case HIJRI -> HIJRI_INDEX;
            case PERSIAN -> PERSIAN_INDEX;
        };
    }

    private static Map<String, Integer> index(String[][] table) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < table.length; i++) {
            for (String name : table[i]) {
                m.put(fold(name).toLowerCase(Locale.ROOT), i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
