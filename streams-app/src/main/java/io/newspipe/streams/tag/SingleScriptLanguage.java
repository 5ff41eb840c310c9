package io.newspipe.streams.tag;

import java.util.Set;

/** Scripts that name their language when only one configured language is written in them. Stateless. */
final class SingleScriptLanguage {
    /** Share of a sample's letters that makes a script with a single configured language decide alone. */
    private static final double SCRIPT_SHARE = 0.5;
    private static final Set<String> CYRILLIC_OTHERS = Set.of("uk", "be", "bg", "mk", "sr", "kk", "mn", "ky", "tg");

    private SingleScriptLanguage() {
    }

    /**
     * The language of a sample written mostly in a script that only one configured language uses here:
     * Hangul (ko), kana (ja: Japanese mixes kana into its kanji, Chinese has none), Cyrillic (ru) and
     * Hebrew (he). Null when no such script holds half the letters, or its language is not configured,
     * or (Cyrillic) another Cyrillic-script language is configured; Lingua decides those.
     */
    static String of(String sample, Set<String> configured) {
        int letters = 0;
        int hangul = 0;
        int kana = 0;
        int cyrillic = 0;
        int hebrew = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            hangul += script == Character.UnicodeScript.HANGUL ? 1 : 0;
            kana += script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA ? 1 : 0;
            cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
            hebrew += script == Character.UnicodeScript.HEBREW ? 1 : 0;
        }
        double enough = SCRIPT_SHARE * letters;
        if (hangul >= enough && configured.contains("ko")) {
            return "ko";
        }
        if (kana >= 0.2 * letters && configured.contains("ja")) {
            return "ja";
        }
        if (cyrillic >= enough && configured.contains("ru") && configured.stream().noneMatch(CYRILLIC_OTHERS::contains)) {
            return "ru";
        }
        if (hebrew >= enough && configured.contains("he") && !configured.contains("yi")) {
            return "he";
        }
        return null;
    }
}
