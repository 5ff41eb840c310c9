package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw author strings (JSON-LD names, meta tags, bylines) into real person names: strips "By",
 * "Par", "بقلم", "كتب", "نویسنده" and similar lead-ins, splits "X and Y", "X, Y", "X و Y", "X et Y",
 * "Dateline - X",
 * and rejects what is not a name: dates and anything with digits, URLs, e-mail addresses, handles,
 * generic credits and roles ("Staff", "AP Sports Writer", "المحرر"), wire agencies, the site's own
 * name, month and weekday names, lower-case words ("X commented on"), and strings over 60 characters
 * or 6 words. Single-word names are accepted only when the caller says the source is structured
 * (JSON-LD Person) or the script writes names without spaces (CJK). Stateless and thread-safe.
 */
final class AuthorNames {
    private static final int MAX_LENGTH = 60;
    private static final int MAX_WORDS = 6;
    private static final int MAX_AUTHORS = 10;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\-]+");
    static final Pattern LEAD_IN = Pattern.compile("^(?:(?:written|posted|reported|reporting|story|text|words|"
            + "photos?|edited|analysis|commentary|opinion|interview|column)\\s+)?(?:by|from|par|por|بقلم|كتب|كتبت|كتبه|"
            + "كتبها|إعداد|اعداد|تحرير|متابعة|نویسنده|نوشته|به قلم|گزارش)\\s*[:：\\-–—]?\\s+"
            + "|^(?:author|auteur|الكاتب|الكاتبة|الكاتب الصحفي)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first letters of {@link #LEAD_IN}'s Latin-script alternatives. */
    private static final String LEAD_IN_INITIALS = "wprsteacoibf";
    /** Characters that are a separator of {@link #SPLIT} alone. */
    private static final String SEPARATOR_CHARS = ",،;&|/-–—";
    static final Pattern SPLIT = Pattern.compile("\\s*(?:,|،|;|&|\\||/|\\s+[-–—]\\s+|\\s+and\\s+|\\s+et\\s+|\\s+و\\s+"
            + "|\\s+y\\s+|\\s+und\\s+|\\s+e\\s+|\\s+with\\s+)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> GENERIC = Set.of("editorial", "editorial board", "guest", "anonymous",
            "unknown", "our correspondent", "redaction", "rédaction", "la rédaction", "la redaction", "avec afp",
            "reuters", "afp", "ap", "associated press", "agence france-presse", "agence france presse", "bloomberg",
            "dpa", "efe", "xinhua", "ani", "pti", "ians", "home", "login", "subscribe", "contact", "menu", "search",
            "share", "comments", "more", "all", "updated", "published", "follow", "twitter", "email",
            "facebook", "print", "opinion", "video", "photo", "photos", "posted", "written", "الرئيسية",
            "التحرير", "هيئة التحرير", "فريق التحرير", "اسره التحرير", "وكالات", "الوكالات", "رويترز", "فرانس برس",
            "ا ف ب", "الاناضول", "سبوتنيك", "مراسلنا", "خاص", "تحریریه", "гость", "редакция", "автор", "админ");
    /** Words that make a credit a role or an organisation rather than a person. */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "writers", "reporter", "reporters",
            "correspondent", "editor", "editors", "admin", "administrator", "jdadmin", "team", "bureau", "desk",
            "agency", "agencies", "newsroom", "wire", "wires", "press", "news", "contributing", "contributor",
            "columnist", "media", "online", "sport", "sports", "magazine", "service", "services", "department",
            "ministry", "ministries", "office", "blog", "inc", "ltd", "llc", "group", "international", "editorial",
            "محرر", "المحرر", "مراسل", "وكاله", "قسم", "موقع", "خبرگزاری");
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "july", "september",
            "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "am", "pm", "ist", "gmt", "utc",
            "edt", "est", "updated", "published", "ago");
    /** Lower-case particles that do occur inside Latin-script names. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "du", "del", "della", "der",
            "den", "van", "von", "la", "le", "di", "al", "el", "bin", "ibn", "bint", "ben", "y", "e", "ter", "zu", "af");
    static final Pattern URL_LIKE = Pattern.compile("://|^www\\.|^@\\w|\\.(?:com|org|net)(?:/|$)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NOT_A_NAME = Pattern.compile("\\d|[@<>{}\\[\\]()=#:]|https?:|www\\.|\\.(?:com|org|net)\\b"
            + "|[\\u0660-\\u0669\\u06F0-\\u06F9]", Pattern.CASE_INSENSITIVE);

    private AuthorNames() {
    }

    /**
     * The person names among raw author strings, in order, without duplicates.
     *
     * @param raw the raw strings (any may be null or junk)
     * @param site the site name (its words are never an author), may be null
     * @param structured true when the strings are names from structured data, where one word is allowed
     */
    static List<String> names(List<String> raw, String site, boolean structured) {
        if (raw.isEmpty()) {
            return new ArrayList<>(); // before the site's words are worked out for nothing
        }
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> siteWords = site == null ? Set.of() : siteWords(site);
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = TextCleaner.clean(r);
            if (s.length() > 200 || urlLike(s)) {
                continue; // a profile link or handle, not a name: splitting it would only make junk
            }
            s = withoutLeadIn(s);
            for (String part : maySplit(s) ? SPLIT.split(s) : new String[] {s}) {
                String p = withoutLeadIn(part.strip());
                if (notAName(p)) {
                    continue; // checked before trimming, which would cut a trailing date's digits away
                }
                String name = trim(p);
                if (isName(name, structured, siteWords) && out.size() < MAX_AUTHORS) {
                    out.putIfAbsent(key(name), name);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * {@code LEAD_IN.matcher(s).replaceFirst("")}, without the regex when {@code s} starts with an ASCII
     * character no lead-in starts with (case-blind): the usual capitalised name.
     */
    static String withoutLeadIn(String s) {
        if (!s.isEmpty() && s.charAt(0) < 0x80 && LEAD_IN_INITIALS.indexOf(Character.toLowerCase(s.charAt(0))) < 0) {
            return s;
        }
        return LEAD_IN.matcher(s).replaceFirst("");
    }

    /**
     * False when {@link #SPLIT} cannot match: no separator character and at most one run of white space (every
     * word separator, "and", "و", "-", sits between two runs). "Jane Doe" is not worth the regex.
     */
    static boolean maySplit(String s) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SEPARATOR_CHARS.indexOf(c) >= 0) {
                return true;
            }
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (space && !inRun && ++runs > 1) {
                return true;
            }
            inRun = space;
        }
        return false;
    }

    /**
     * {@code URL_LIKE.matcher(s).find()}, without the regex for text holding no ':' and no '.' and not starting
     * with '@': every alternative needs one of those, and most names have none.
     */
    static boolean urlLike(String s) {
        if (s.indexOf(':') < 0 && s.indexOf('.') < 0 && !s.startsWith("@")) {
            return false;
        }
        return URL_LIKE.matcher(s).find();
    }

    /**
     * {@code NOT_A_NAME.matcher(s).find()}, deciding most strings in one pass: a digit (ASCII, Arabic-Indic,
     * Persian) or one of {@code @<>{}[]()=#:} is a match on its own; without any of them, only the alternatives
     * that need a '.' ("www.", ".com") are left, so the regex runs only on text holding a dot.
     */
    static boolean notAName(String s) {
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')
                    || "@<>{}[]()=#:".indexOf(c) >= 0) {
                return true;
            }
            dot |= c == '.';
        }
        return dot && NOT_A_NAME.matcher(s).find();
    }

    /** Whether a single cleaned string can be a person's name. */
    static boolean isName(String name, boolean structured, Set<String> siteWords) {
        if (name.length() < 2 || name.length() > MAX_LENGTH || notAName(name)) {
            return false;
        }
        String k = key(name);
        if (GENERIC.contains(k) || k.startsWith("the ") || name.contains(" - ")) {
            return false; // "The Associated Press", "The Russian defense ministry", "Unit - Department"
        }
        String[] words = WORD_SPLIT.split(k);
        if (words.length > MAX_WORDS || (words.length == 1 && !structured && !unspacedScript(name))) {
            return false;
        }
        for (String w : words) {
            if (ROLE_WORDS.contains(w) || CALENDAR_WORDS.contains(w) || (w.length() >= 3 && siteWords.contains(w))) {
                return false;
            }
        }
        for (String w : SPACES.split(name)) {
            char c = w.charAt(0);
            if (c < 0x250 && Character.isLowerCase(c) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false; // "commented on", "rmb": Latin-script names are capitalised
            }
        }
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                letters++;
            }
        }
        return letters * 10 >= name.length() * 7;
    }

    private static boolean unspacedScript(String name) {
        Character.UnicodeScript s = Character.UnicodeScript.of(name.codePointAt(0));
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.THAI;
    }

    /**
     * The words of the site name but "the": the non-empty pieces {@code WORD_SPLIT.split(key(site))} gives, cut by
     * hand at each run of white space ({@code \s}) and hyphens (a set of pieces does not care for the empty
     * leading one a split keeps).
     */
    static Set<String> siteWords(String site) {
        String k = key(site);
        Set<String> words = new HashSet<>();
        int start = 0;
        for (int i = 0; i <= k.length(); i++) {
            if (i == k.length() || isWordSeparator(k.charAt(i))) {
                String w = i > start ? k.substring(start, i) : "";
                if (!w.isEmpty() && !w.equals("the")) {
                    words.add(w);
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** What {@code WORD_SPLIT} cuts at: Java's ASCII {@code \s} and the hyphen. */
    private static boolean isWordSeparator(char c) {
        return c == '-' || c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static String trim(String s) {
        String t = s.strip();
        while (!t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && !Character.isLetter(t.charAt(0))) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /**
     * Folded, dots and bars as spaces, each run of white space ({@code \s}) as one space, stripped, lower
     * case: {@code SPACES.matcher(...).replaceAll(" ")} by hand, a regex per call being most of its cost.
     */
    static String key(String s) {
        String f = MonthNames.fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        boolean inRun = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            boolean space = c == '.' || c == '|' || c == ' ' || (c >= '\t' && c <= '\r');
            if (!space) {
                sb.append(c);
            } else if (!inRun) {
                sb.append(' ');
            }
            inRun = space;
        }
        return sb.toString().strip().toLowerCase(Locale.ROOT);
    }
}
