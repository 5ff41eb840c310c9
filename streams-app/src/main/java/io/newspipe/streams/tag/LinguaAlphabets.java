package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.Language;
import java.lang.Character.UnicodeScript;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which chars Lingua 1.2.2's rule vote ({@code detectLanguageWithRules}) counts for a language, from our own
 * table of public facts rather than the detector's private fields: a char of a Unicode script that one Lingua
 * language alone writes counts for it (Greek for Greek, Hangul for Korean, Hiragana and Katakana for Japanese);
 * a Han char counts for Chinese (and for Japanese), kana for Japanese, whichever languages the detector has (it drops
 * a vote for a language it was not given later, so such a char is never one that counts for nothing); a Latin, Cyrillic or Devanagari char counts for each
 * configured language whose own letters hold it (ß for German, ł for Polish, ї for Ukrainian, ळ for Marathi).
 * Any other char (ASCII letters, digits and signs among them) counts for no language. The table is checked
 * against Lingua's own answers by {@code LinguaAlphabetsTest}. Thread-safe (immutable).
 */
final class LinguaAlphabets {
    /** Unicode scripts that one Lingua language alone writes (Devanagari is Hindi's and Marathi's, Arabic three's). */
    static final Map<UnicodeScript, Language> ONE_LANGUAGE_SCRIPTS = Map.ofEntries(
            Map.entry(UnicodeScript.ARMENIAN, Language.ARMENIAN), Map.entry(UnicodeScript.BENGALI, Language.BENGALI),
            Map.entry(UnicodeScript.GEORGIAN, Language.GEORGIAN), Map.entry(UnicodeScript.GREEK, Language.GREEK),
            Map.entry(UnicodeScript.GUJARATI, Language.GUJARATI), Map.entry(UnicodeScript.GURMUKHI, Language.PUNJABI),
            Map.entry(UnicodeScript.HANGUL, Language.KOREAN), Map.entry(UnicodeScript.HEBREW, Language.HEBREW),
            Map.entry(UnicodeScript.HIRAGANA, Language.JAPANESE), Map.entry(UnicodeScript.KATAKANA, Language.JAPANESE),
            Map.entry(UnicodeScript.TAMIL, Language.TAMIL), Map.entry(UnicodeScript.TELUGU, Language.TELUGU),
            Map.entry(UnicodeScript.THAI, Language.THAI));
    /** Letters of the Latin, Cyrillic or Devanagari script that only one language uses (Lingua's list). */
    static final Map<Language, String> OWN_LETTERS = Map.ofEntries(
            Map.entry(Language.AZERBAIJANI, "Əə"), Map.entry(Language.CATALAN, "Ïï"),
            Map.entry(Language.CZECH, "ĚěŘřŮů"), Map.entry(Language.ESPERANTO, "ĈĉĜĝĤĥĴĵŜŝŬŭ"),
            Map.entry(Language.GERMAN, "ß"), Map.entry(Language.HUNGARIAN, "ŐőŰű"),
            Map.entry(Language.KAZAKH, "ӘәҒғҚқҢңҰұ"), Map.entry(Language.LATVIAN, "ĢģĶķĻļŅņ"),
            Map.entry(Language.LITHUANIAN, "ĖėĮįŲų"), Map.entry(Language.MACEDONIAN, "ЃѓЅѕЌќЏџ"),
            Map.entry(Language.MARATHI, "ळ"), Map.entry(Language.MONGOLIAN, "ӨөҮү"),
            Map.entry(Language.POLISH, "ŁłŃńŚśŹź"), Map.entry(Language.ROMANIAN, "Țţ"),
            Map.entry(Language.SERBIAN, "ЂђЋћ"), Map.entry(Language.SLOVAK, "ĹĺĽľŔŕ"),
            Map.entry(Language.SPANISH, "¿¡"), Map.entry(Language.UKRAINIAN, "ҐґЄєЇї"),
            Map.entry(Language.VIETNAMESE, "ẰằẦầẲẳẨẩẴẵẪẫẮắẤấẠạẶặẬậỀềẺẻỂểẼẽỄễẾếỆệỈỉĨĩỊịƠơỒồỜờỎỏỔổỞởỖỗỠỡỐốỚớỘộỢợƯư"
                    + "ỪừỦủỬửŨũỮữỨứỤụỰựỲỳỶỷỸỹỴỵ"),
            Map.entry(Language.YORUBA, "Ṣṣ"));
    /** The scripts whose chars Lingua looks up in the languages' own letters. */
    private static final Set<UnicodeScript> LETTER_SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC,
            UnicodeScript.DEVANAGARI);

    private LinguaAlphabets() {
    }

    /** Whether Lingua's rule vote, for a detector of {@code languages}, counts {@code c} for some language. */
    static boolean counted(char c, Collection<Language> languages) {
        UnicodeScript script = UnicodeScript.of(c);
        if (script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
            return true; // Chinese or Japanese, whichever languages are configured
        }
        Language alone = ONE_LANGUAGE_SCRIPTS.get(script);
        if (alone != null) {
            return languages.contains(alone);
        }
        if (!LETTER_SCRIPTS.contains(script)) {
            return false;
        }
        for (Language language : languages) {
            String own = OWN_LETTERS.get(language);
            if (own != null && own.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
