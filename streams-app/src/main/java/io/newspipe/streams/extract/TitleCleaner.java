package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the site-name suffix or prefix from a page title ("Headline | Site", "Site - Headline",
 * "Headline — Section — Site", "Headline :: Site", Arabic titles with "|" or "-"), and prefers a
 * heading (h1) of the page when it matches a part of the title. Stateless and thread-safe.
 */
final class TitleCleaner {
    /** Separators that (almost) never occur inside a headline: the longest segment is the headline. */
    private static final Pattern STRONG = Pattern.compile("\\s+(?:::|›|‹|·|•|~)\\s+|\\s*\\|\\s*");
    /** The characters one of {@link #STRONG}'s separators must hold. */
    private static final String STRONG_CHARS = ":›‹·•~|";
    /** Dashes: also used inside headlines, so only short end segments or the site name are cut. */
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final String DASH_CHARS = "-–—";
    private static final int MAX_AFFIX_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TitleCleaner() {
    }

    /**
     * Cleans a title.
     *
     * @param title the raw title (JSON-LD headline, og:title or the title element), may be null
     * @param site the site name, may be null
     * @param host the page host without "www.", may be null
     * @param headings the texts of the page's first h1 elements
     * @return the headline, or null when there is none
     */
    static String clean(String title, String site, String host, List<String> headings) {
        String t = title == null ? null : TextCleaner.clean(title);
        if (t == null || t.isEmpty()) {
            return headings.stream().map(TextCleaner::clean).filter(h -> h.length() >= 3).findFirst().orElse(null);
        }
        String normTitle = null;
        for (String h : headings) {
            String hc = TextCleaner.clean(h);
            if (hc.length() >= 8 && normTitle == null) {
                normTitle = norm(t); // once, not per heading
            }
            if (hc.length() >= 8 && matches(normTitle, hc) && !isSiteName(hc, site, host)) {
                return hc;
            }
        }
        String s = stripStrong(t, site, host);
        return stripDashes(s, site, host);
    }

    /** Whether the heading matches the title, given {@code norm(title)}. */
    private static boolean matches(String normTitle, String heading) {
        String a = normTitle;
        String b = norm(heading);
        // The title carries the heading plus an affix, or is a truncated form of it (JSON-LD's 110 characters).
        return a.equals(b) || (a.startsWith(b) || a.endsWith(b)) && b.length() * 3 >= a.length()
                || b.startsWith(a) && a.length() >= 20 && a.length() * 2 >= b.length();
    }

    private static String stripStrong(String t, String site, String host) {
        if (!holdsAny(t, STRONG_CHARS)) {
            return t; // what a split without a match gives: one part
        }
        String[] parts = STRONG.split(t);
        if (parts.length < 2) {
            return t;
        }
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank() && !isSiteName(p, site, host)) {
                kept.add(p.strip());
            }
        }
        String best = kept.isEmpty() ? t : kept.get(0);
        for (String k : kept) {
            if (k.length() > best.length()) {
                best = k;
            }
        }
        return best;
    }

    private static String stripDashes(String t, String site, String host) {
        String s = t;
        for (int round = 0; round < 3; round++) {
            if (!holdsAny(s, DASH_CHARS)) {
                return s; // no dash, no separator: what a split into one part returns below
            }
            String[] parts = DASH.split(s);
            if (parts.length < 2) {
                return s;
            }
            String first = parts[0];
            String last = parts[parts.length - 1];
            if (isSiteName(last, site, host) || (parts.length > 2 && words(last) <= 2 && words(s) > 8)) {
                s = s.substring(0, lastSeparatorStart(s)).strip();
            } else if (isSiteName(first, site, host)) {
                s = s.substring(first.length()).replaceFirst("^\\s*[-–—]\\s*", "").strip();
            } else if (site == null && words(last) <= MAX_AFFIX_WORDS && words(s) - words(last) >= 4
                    && looksLikeName(last)) {
                s = s.substring(0, lastSeparatorStart(s)).strip();
            } else {
                return s;
            }
        }
        return s;
    }

    /** Whether {@code s} holds one of {@code chars}: a separator pattern cannot match text holding none of its own. */
    private static boolean holdsAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int lastSeparatorStart(String s) {
        var m = DASH.matcher(s);
        int start = s.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    /** A site or section name: short, and in Latin script capitalised or with a dot (Example.com). */
    private static boolean looksLikeName(String s) {
        String st = s.strip();
        return !st.isEmpty() && (Character.isUpperCase(st.charAt(0)) || st.contains("."));
    }

    static boolean isSiteName(String segment, String site, String host) {
        String seg = norm(segment);
        if (seg.isEmpty()) {
            return false;
        }
        String sn = site == null ? "" : norm(site);
        if (!sn.isEmpty()) {
            if (seg.equals(sn) || (seg.contains(sn) && seg.length() <= sn.length() + 12)
                    || (sn.contains(seg) && seg.length() * 5 >= sn.length() * 3)) {
                return true;
            }
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT);
            String label = h.contains(".") ? h.substring(0, h.indexOf('.')) : h;
            String squeezed = seg.replace(" ", "");
            return squeezed.equals(h) || squeezed.equals(label) || (label.length() >= 4 && squeezed.equals(label + ".com"));
        }
        return false;
    }

    /** Folded, each run of punctuation, symbols and ASCII white space as one space (by hand: a regex per call). */
    private static String norm(String s) {
        String f = MonthNames.fold(s);
        StringBuilder out = new StringBuilder(f.length());
        boolean inRun = false;
        for (int i = 0; i < f.length(); ) {
            int cp = f.codePointAt(i);
            i += Character.charCount(cp);
            if (isPunctSymbolOrSpace(cp)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.appendCodePoint(cp);
                inRun = false;
            }
        }
        return out.toString().strip();
    }

    /** What {@code [\p{P}\p{S}\s]} matches: Unicode punctuation and symbols, and Java's ASCII {@code \s}. */
    private static boolean isPunctSymbolOrSpace(int cp) {
        if (cp == ' ' || (cp >= '\t' && cp <= '\r')) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static int words(String s) {
        String st = s.strip();
        return st.isEmpty() ? 0 : SPACES.split(st).length;
    }
}
