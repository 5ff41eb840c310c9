package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

/** The two letter classings: across Arabic and Persian spellings, and against a Latin transliteration. */
class ArabicLetterClassesTest {
    private static final char NONE = 0;

    private static char loose(char c) {
        return ArabicLetterClasses.acrossPersian(c, false);
    }

    @Test
    void faAndWawAreOneClassAcrossPersianButFAndAVowelAgainstLatin() {
        assertThat(loose('ف')).isEqualTo(loose('و'));
        assertThat(ArabicLetterClasses.latinConsonant('ف')).isEqualTo('F');
        assertThat(ArabicLetterClasses.latinVowel('و')).isEqualTo(ArabicLetterClasses.VOWEL_U);
        assertThat(ArabicLetterClasses.latinConsonant('و')).isEqualTo(NONE);
    }

    @Test
    void persianLettersJoinTheArabicLettersWrittenForThem() {
        assertThat(loose('پ')).isEqualTo(loose('ب'));
        assertThat(loose('چ')).isEqualTo(loose('ج'));
        assertThat(loose('ژ')).isEqualTo(loose('ج'));
        // against Latin each keeps its own sound: p/b, ch/sh, zh/z
        assertThat(ArabicLetterClasses.latinConsonant('پ')).isEqualTo('B');
        assertThat(ArabicLetterClasses.latinConsonant('چ')).isEqualTo('X');
        assertThat(ArabicLetterClasses.latinConsonant('ژ')).isEqualTo('Z');
    }

    @Test
    void hamzaSeatsHaveNoClassAndAynOnlyAcrossPersian() {
        for (char hamza : new char[] {'ء', 'ئ', 'ؤ'}) {
            assertThat(ArabicLetterClasses.acrossPersian(hamza, true)).isEqualTo(NONE);
            assertThat(ArabicLetterClasses.acrossPersian(hamza, false)).isEqualTo(NONE);
            assertThat(ArabicLetterClasses.latinConsonant(hamza)).isEqualTo(NONE);
        }
        assertThat(loose('ع')).isEqualTo('ع');
        assertThat(ArabicLetterClasses.latinConsonant('ع')).isEqualTo(NONE);
    }

    @Test
    void vowelLettersAreKeptOnlyWhenAskedForAndReadAsLatinVowels() {
        for (char vowel : new char[] {'ا', 'ي', 'ى'}) {
            assertThat(ArabicLetterClasses.acrossPersian(vowel, false)).isEqualTo(NONE);
            assertThat(ArabicLetterClasses.acrossPersian(vowel, true)).isEqualTo(vowel);
        }
        assertThat(ArabicLetterClasses.latinVowel('ا')).isEqualTo(ArabicLetterClasses.VOWEL_A);
        assertThat(ArabicLetterClasses.latinVowel('ي')).isEqualTo(ArabicLetterClasses.VOWEL_I);
        assertThat(ArabicLetterClasses.latinVowel('ى')).isZero();
        assertThat(ArabicLetterClasses.latinVowel('ب')).isZero();
    }

    @Property(tries = 2000)
    void keepingVowelsChangesOnlyTheVowelLetters(@ForAll char c) {
        boolean vowel = c == 'ا' || c == 'ي' || c == 'ى';
        assertThat(ArabicLetterClasses.acrossPersian(c, true) == ArabicLetterClasses.acrossPersian(c, false))
                .isEqualTo(!vowel);
    }

    @Property(tries = 2000)
    void lettersOutsideTheArabicBlockAreTheirOwnClassAndNoLatinOne(@ForAll @CharRange(from = 0x0700, to = 0xFFFF) char c) {
        assertThat(ArabicLetterClasses.acrossPersian(c, false)).isEqualTo(c);
        assertThat(ArabicLetterClasses.acrossPersian(c, true)).isEqualTo(c);
        assertThat(ArabicLetterClasses.latinConsonant(c)).isEqualTo(NONE);
        assertThat(ArabicLetterClasses.latinVowel(c)).isZero();
    }
}
