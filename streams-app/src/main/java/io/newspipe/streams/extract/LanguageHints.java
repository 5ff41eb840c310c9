package io.newspipe.streams.extract;

import io.newspipe.streams.extract.JsonLdValue.Field;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language a page declares (html lang, Content-Language, og:locale, JSON-LD inLanguage) as an
 * ISO 639 primary subtag, and its text direction: the dir attribute, else rtl for right-to-left
 * languages, else rtl when most letters of the title are in a right-to-left script. A hint only: the
 * tag stage detects the language from the text. Stateless and thread-safe.
 */
final class LanguageHints {
    private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "iw", "ps", "yi", "ckb", "sd", "dv", "ug", "ks");

    /** Parsed once: parsing a selector costs more than finding the root element with it. */
    private static final org.jsoup.select.Evaluator HTML = org.jsoup.select.QueryParser.parse("html");

    private LanguageHints() {
    }

    static String language(Document doc, PageScan scan, JsonLd ld) {
        Element html = scan.html; // what doc.selectFirst("html") finds: the first in document order
        String[] candidates = {html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
            scan.first("content-language", "language", "dc.language", "og:locale"), ld.text(Field.IN_LANGUAGE)};
        for (String c : candidates) {
            String p = primary(c);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The primary subtag of a language tag or locale ("ar-EG", "fr_FR", "EN"), or null when malformed. */
    static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && t.charAt(cut) >= 'a' && t.charAt(cut) <= 'z') {
            cut++;
        }
        if (cut < 2 || cut > 3 || (cut < t.length() && t.charAt(cut) != '-' && t.charAt(cut) != '_')) {
            return null;
        }
        return t.substring(0, cut);
    }

    static String direction(Document doc, String lang, String title) {
        return direction(doc.selectFirst(HTML), doc.body(), lang, title);
    }

    /** Like {@link #direction(Document, String, String)} given the page's {@code <html>} and body (both nullable). */
    static String direction(Element html, Element body, String lang, String title) {
        for (Element e : new Element[] {html, body}) {
            String dir = e == null ? "" : e.attr("dir").strip().toLowerCase(Locale.ROOT);
            if (dir.equals("rtl") || dir.equals("ltr")) {
                return dir;
            }
        }
        if (lang != null) {
            return RTL.contains(lang) ? "rtl" : "ltr";
        }
        return title != null && mostlyRightToLeft(title) ? "rtl" : "ltr";
    }

    private static boolean mostlyRightToLeft(String s) {
        int rtl = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                byte d = Character.getDirectionality(c);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    rtl++;
                }
            }
        }
        return letters > 0 && rtl * 2 > letters;
    }
}
