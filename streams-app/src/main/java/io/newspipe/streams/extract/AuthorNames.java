package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw author strings (JSON-LD names, meta tags, bylines) into real person names: strips "By",
 * "Par", "بقلم", "كتب", "نویسنده" and similar lead-ins, splits "X and Y", "X, Y", "X و Y", "X et Y",
 * and rejects what is not a name: dates and anything with digits, URLs, e-mail addresses, generic
 * credits ("Staff", "Editor", "المحرر"), wire agencies, the site's own name, menu words, and strings
 * over 60 characters or 6 words. Stateless and thread-safe.
 */
final class AuthorNames {
    private static final int MAX_LENGTH = 60;
    private static final int MAX_WORDS = 6;
    private static final int MAX_AUTHORS = 10;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:written|posted|reported|reporting|story|text|words|"
            + "photos?|edited)\\s+)?(?:by|from|par|por|بقلم|كتب|كتبت|كتبه|كتبها|إعداد|اعداد|تحرير|"
            + "متابعة|نویسنده|نوشته|به قلم|گزارش)\\s*[:：\\-–—]?\\s+|^(?:author|auteur|الكاتب|الكاتبة|الكاتب الصحفي)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|،|;|&|\\||/|\\s+and\\s+|\\s+et\\s+|\\s+و\\s+|\\s+y\\s+|\\s+und\\s+|\\s+e\\s+|\\s+with\\s+)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> GENERIC = Set.of("staff", "editor", "editors", "admin", "administrator",
            "staff writer", "staff reporter", "editorial", "editorial board", "editorial staff", "newsroom",
            "news desk", "desk", "team", "web desk", "online desk", "the editors", "guest", "anonymous",
            "unknown", "contributor", "correspondent", "our correspondent", "reporter", "redaction", "rédaction",
            "la rédaction", "la redaction", "avec afp", "wires", "agencies", "agences", "reuters", "afp", "ap",
            "associated press", "the associated press", "agence france-presse", "agence france presse", "bloomberg",
            "dpa", "efe", "xinhua", "ani", "pti", "ians", "home", "login", "subscribe", "contact", "menu", "search",
            "share", "comments", "more", "news", "all", "updated", "published", "follow", "twitter", "email",
            "facebook", "print", "opinion", "video", "photo", "photos", "posted", "written", "الرئيسية", "المحرر", "محرر", "التحرير", "هيئة التحرير",
            "فريق التحرير", "أسرة التحرير", "وكالات", "الوكالات", "رويترز", "فرانس برس", "أ ف ب", "ا ف ب", "أ.ف.ب",
            "الأناضول", "وكالة الأنباء", "سبوتنيك", "مراسلنا", "مراسل", "خاص", "تحریریه", "خبرگزاری");
    private static final Pattern URL_LIKE = Pattern.compile("://|^www\\.|^@\\w|\\.(?:com|org|net)(?:/|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_NAME = Pattern.compile("\\d|[@<>{}\\[\\]=#]|https?:|www\\.|\\.(?:com|org|net)\\b"
            + "|[\\u0660-\\u0669\\u06F0-\\u06F9]", Pattern.CASE_INSENSITIVE);

    private AuthorNames() {
    }

    /**
     * The person names among raw author strings, in order, without duplicates.
     *
     * @param raw the raw strings (any may be null or junk)
     * @param site the site name, never accepted as an author; may be null
     */
    static List<String> names(List<String> raw, String site) {
        Map<String, String> out = new LinkedHashMap<>();
        String siteKey = site == null ? null : key(site);
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = TextCleaner.clean(r);
            if (s.length() > 200 || URL_LIKE.matcher(s).find()) {
                continue; // a profile link or handle, not a name: splitting it would only make junk
            }
            s = LEAD_IN.matcher(s).replaceFirst("");
            for (String part : SPLIT.split(s)) {
                String name = trim(LEAD_IN.matcher(part.strip()).replaceFirst(""));
                String k = key(name);
                if (isName(name) && !k.equals(siteKey) && out.size() < MAX_AUTHORS) {
                    out.putIfAbsent(k, name);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Whether a single cleaned string can be a person's name. */
    static boolean isName(String name) {
        if (name.length() < 3 || name.length() > MAX_LENGTH || NOT_A_NAME.matcher(name).find()) {
            return false;
        }
        String k = key(name);
        if (GENERIC.contains(k) || k.startsWith("staff ") || k.endsWith(" staff") || k.startsWith("by ")) {
            return false;
        }
        int words = SPACES.split(name).length;
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                letters++;
            }
        }
        return words <= MAX_WORDS && letters * 10 >= name.length() * 7;
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

    private static String key(String s) {
        return SPACES.matcher(MonthNames.fold(s).replace('.', ' ')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
