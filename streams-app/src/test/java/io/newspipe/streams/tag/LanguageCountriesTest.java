package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCountriesTest {
    @Test
    void persianTextNamesIranAndAfghanistanButMakesNothingMerelyPlausible() {
        assertThat(LanguageCountries.named("fa")).containsExactlyInAnyOrder("IR", "AF");
        assertThat(LanguageCountries.plausible("fa")).isEmpty();
    }

    @Test
    void frenchTextMakesFranceAndItsOverseasDepartmentsPlausibleWithoutNamingThem() {
        assertThat(LanguageCountries.named("fr")).isEmpty();
        assertThat(LanguageCountries.plausible("fr")).contains("FR", "RE", "GP").doesNotContain("BE", "CH");
    }

    @Test
    void otherAndUnknownLanguagesSayNothing() {
        assertThat(LanguageCountries.named("en")).isEmpty();
        assertThat(LanguageCountries.plausible("en")).isEmpty();
        assertThat(LanguageCountries.named(null)).isEmpty();
        assertThat(LanguageCountries.plausible(null)).isEmpty();
    }
}
