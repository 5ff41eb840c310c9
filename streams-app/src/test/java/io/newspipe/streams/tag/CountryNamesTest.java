package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Countries are reported by their English Wikipedia titles, not by CLDR's short display forms. */
class CountryNamesTest {
    private static String english(String code) {
        return CountryNames.english(code, new ULocale("", code).getDisplayCountry(ULocale.ENGLISH));
    }

    @Test
    void spellsOutCldrShortForms() {
        assertThat(english("BA")).isEqualTo("Bosnia and Herzegovina");
        assertThat(english("TT")).isEqualTo("Trinidad and Tobago");
        assertThat(english("AG")).isEqualTo("Antigua and Barbuda");
        assertThat(english("LC")).isEqualTo("Saint Lucia");
        assertThat(english("KN")).isEqualTo("Saint Kitts and Nevis");
        assertThat(english("VC")).isEqualTo("Saint Vincent and the Grenadines");
        assertThat(english("ST")).isEqualTo("São Tomé and Príncipe");
        assertThat(english("MO")).isEqualTo("Macau");
        assertThat(english("CD")).isEqualTo("Democratic Republic of the Congo");
        assertThat(english("TL")).isEqualTo("East Timor");
        assertThat(english("VI")).isEqualTo("United States Virgin Islands");
    }

    @Test
    void keepsPlainNames() {
        assertThat(english("FR")).isEqualTo("France");
        assertThat(english("GB")).isEqualTo("United Kingdom");
        assertThat(english("US")).isEqualTo("United States");
        assertThat(english("MM")).isEqualTo("Myanmar");
    }

    @Test
    void noReportedNameKeepsAUiShortForm() {
        for (String code : ULocale.getISOCountries()) {
            String cldr = new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
            if (cldr.isBlank() || cldr.equals(code)) {
                continue;
            }
            assertThat(english(code)).as(code).doesNotContain("&").doesNotStartWith("St. ").doesNotContain(" - ")
                    .doesNotContain(" SAR");
        }
    }

    @Test
    void theTaggerReportsTheTitleWithTheSameId() {
        List<EntityTag> tags = TaggedText.entities("en", "Floods in Bosnia and Herzegovina",
                "Rescue teams from Trinidad and Tobago and St Lucia arrived in Sarajevo on Monday.");
        assertThat(tags).filteredOn(t -> t.type() == EntityKind.COUNTRY).extracting(EntityTag::name, EntityTag::id)
                .contains(org.assertj.core.groups.Tuple.tuple("Bosnia and Herzegovina", "iso3166:BA"),
                        org.assertj.core.groups.Tuple.tuple("Trinidad and Tobago", "iso3166:TT"),
                        org.assertj.core.groups.Tuple.tuple("Saint Lucia", "iso3166:LC"));
    }
}
