package io.newspipe.streams.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surface variation that copies of one story show without any editorial change: American spelling turned
 * British (a wire story republished by a UK site) and number formats (thousands separators, "per cent" /
 * "percent" / "%", Arabic-Indic digits, the French thin space in "1 500"). Stateless and thread-safe.
 */
final class DedupEvalSpelling {
    private static final Map<String, String> US_TO_UK = new LinkedHashMap<>();
    private static final Pattern IZE = Pattern.compile("\\b([A-Za-z]{3,})iz(e|es|ed|ing|ation|ations)\\b");
    private static final Pattern NOT_IZE = Pattern.compile("(?i)(s|pr|se|cap|bapt)");
    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})\\b");
    private static final Pattern PERCENT = Pattern.compile("(\\d) ?%");
    private static final Pattern FRENCH_THOUSANDS = Pattern.compile("(\\d)[  ](\\d{3})\\b");

    static {
        String[] pairs = {"color", "colour", "favor", "favour", "honor", "honour", "labor", "labour", "neighbor",
            "neighbour", "behavior", "behaviour", "center", "centre", "theater", "theatre", "defense", "defence",
            "offense", "offence", "license", "licence", "program", "programme", "traveled", "travelled",
            "traveling", "travelling", "canceled", "cancelled", "modeling", "modelling", "gray", "grey",
            "aluminum", "aluminium", "analyze", "analyse", "catalog", "catalogue", "fulfill", "fulfil",
            "percent", "per cent", "jewelry", "jewellery", "mom", "mum", "tire", "tyre", "airplane", "aeroplane"};
        for (int i = 0; i < pairs.length; i += 2) {
            US_TO_UK.put(pairs[i], pairs[i + 1]);
        }
    }

    private DedupEvalSpelling() {
    }

    /** American spellings turned British (whole words, plural and capitalised forms included). */
    static String british(String text) {
        String out = text;
        for (Map.Entry<String, String> e : US_TO_UK.entrySet()) {
            out = replaceWord(out, e.getKey(), e.getValue());
            out = replaceWord(out, capitalise(e.getKey()), capitalise(e.getValue()));
        }
        Matcher m = IZE.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String stem = m.group(1);
            boolean keep = NOT_IZE.matcher(stem).matches() || stem.toLowerCase(java.util.Locale.ROOT).endsWith("s");
            m.appendReplacement(sb, Matcher.quoteReplacement(keep ? m.group() : stem + "is" + m.group(2)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String replaceWord(String text, String from, String to) {
        return text.replaceAll("\\b" + Pattern.quote(from) + "(s?)\\b", Matcher.quoteReplacement(to) + "$1");
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Number formats as another desk writes them, per language. */
    static String numbers(String text, String lang) {
        return switch (lang) {
            case "ar" -> arabicIndic(PERCENT.matcher(text).replaceAll("$1 في المئة"));
            case "fr" -> FRENCH_THOUSANDS.matcher(text).replaceAll("$1$2").replace(" %", "%");
            default -> PERCENT.matcher(THOUSANDS.matcher(text).replaceAll("$1$2")).replaceAll("$1 percent");
        };
    }

    private static String arabicIndic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
