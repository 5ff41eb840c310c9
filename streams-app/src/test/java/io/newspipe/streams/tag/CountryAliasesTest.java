package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryAliasesTest {
    private static final EntityDictionary DICTIONARY = TaggerResources.shared().dictionary();

    @Test
    void aCountryNameHasOneCountrySenseAndNothingElse() {
        CountryAliases france = CountryAliases.of(DICTIONARY, "france", false);
        assertThat(france.onlyCountries()).isTrue();
        assertThat(france.senses()).hasSize(1);
        assertThat(DICTIONARY.sense(france.senses().get(0)).name()).isEqualTo("France");
    }

    @Test
    void anAcronymCountsOnlyWhenAskedFor() {
        assertThat(CountryAliases.of(DICTIONARY, "us", true).senses()).hasSize(1);
        assertThat(CountryAliases.of(DICTIONARY, "us", false).senses()).isEmpty();
    }

    @Test
    void aNameThatIsAlsoAPlaceIsNotOnlyACountryAndAnUnknownKeyNamesNone() {
        assertThat(CountryAliases.of(DICTIONARY, "georgia", true).onlyCountries()).isFalse();
        CountryAliases none = CountryAliases.of(DICTIONARY, "zzqx", true);
        assertThat(none.onlyCountries()).isFalse();
        assertThat(none.senses()).isEmpty();
    }
}
