package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptProfileTest {
    @Test
    void countsScriptsAndTellingLetters() {
        ScriptProfile persian = ScriptProfile.of("پزشکیان گفت");
        assertThat(persian.mostlyArabicScript()).isTrue();
        assertThat(persian.persianOverArabic()).isPositive();
        ScriptProfile arabic = ScriptProfile.of("قالت الحكومة العراقية في بيان");
        assertThat(arabic.persianOverArabic()).isNegative();
        assertThat(ScriptProfile.of("ہے کہ پاکستان").looksUrdu()).isTrue();
        assertThat(ScriptProfile.of("Hello عالم world").mostlyArabicScript()).isFalse();
    }
}
