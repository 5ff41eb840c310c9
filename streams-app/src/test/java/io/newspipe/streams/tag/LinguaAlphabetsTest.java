package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.internal.Alphabet;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our table of which chars Lingua's rule vote counts, against Lingua's own tables and answers. */
class LinguaAlphabetsTest {
    @Test
    void oneLanguageScriptsAreLinguasOneLanguageAlphabets() {
        Map<UnicodeScript, Language> lingua = new HashMap<>();
        Alphabet.Companion.allSupportingExactlyOneLanguage()
                .forEach((alphabet, language) -> lingua.put(UnicodeScript.valueOf(alphabet.name()), language));
        assertThat(LinguaAlphabets.ONE_LANGUAGE_SCRIPTS).isEqualTo(lingua);
    }

    @Test
    void ownLettersAreLinguasUniqueCharacters() {
        Map<Language, String> lingua = new HashMap<>();
        for (Language language : Language.values()) {
            String own = language.getUniqueCharacters$lingua();
            if (own != null && !own.isBlank()) {
                lingua.put(language, own);
            }
        }
        assertThat(LinguaAlphabets.OWN_LETTERS).isEqualTo(lingua);
    }

    /**
     * Every char of the Basic Multilingual Plane, alone as a word: Lingua votes for a language just when we count
     * it. Chinese and Japanese are added to each set: Lingua counts Han and kana for them whichever languages are
     * configured, then drops a vote for a language it was not given.
     */
    @Test
    void countedJustWhenLinguasRuleVoteNamesALanguage() {
        List<Language> defaults = new ArrayList<>();
        for (String code : TaggerSettings.defaults().languages()) {
            defaults.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))));
        }
        defaults.addAll(List.of(Language.CHINESE, Language.JAPANESE));
        List<Language> latin = List.of(Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.POLISH,
                Language.VIETNAMESE, Language.CHINESE, Language.JAPANESE);
        List<Language> all = List.of(Language.values()).stream().filter(l -> l != Language.UNKNOWN).toList();
        for (List<Language> languages : List.of(defaults, latin, all)) {
            LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(Set.copyOf(languages).toArray(new Language[0]))
                    .withLowAccuracyMode().build();
            int counted = 0;
            for (char c = 0; c < Character.MIN_SURROGATE; c++) {
                boolean voted = detector.detectLanguageWithRules$lingua(List.of(String.valueOf(c))) != Language.UNKNOWN;
                assertThat(LinguaAlphabets.counted(c, languages)).as("U+%04X for %s", (int) c, languages)
                        .isEqualTo(voted);
                counted += voted ? 1 : 0;
            }
            assertThat(counted).as("chars counted for %s", languages).isGreaterThan(20_000); // Han at least
        }
    }

    @Test
    void noAsciiCharCountsForAnyLanguage() {
        List<Language> all = List.of(Language.values());
        for (char c = 0; c < 128; c++) {
            assertThat(LinguaAlphabets.counted(c, all)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(LinguaAlphabets.counted('ß', List.of(Language.GERMAN))).isTrue();
        assertThat(LinguaAlphabets.counted('ß', List.of(Language.ENGLISH))).isFalse();
        assertThat(LinguaAlphabets.counted('α', List.of(Language.GREEK))).isTrue();
        assertThat(LinguaAlphabets.counted('α', List.of(Language.ENGLISH))).isFalse();
        assertThat(LinguaAlphabets.counted('の', List.of(Language.ENGLISH))).isTrue(); // never taken as inert
    }
}
