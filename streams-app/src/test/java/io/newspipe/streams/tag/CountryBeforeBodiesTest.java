package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linked;
import static io.newspipe.streams.tag.TaggedText.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A country written before a listed body whose own name does not hold it. */
class CountryBeforeBodiesTest {
    @Test
    void theModifierIsTheCountryWhenTheRestNamesTheBody() {
        var tags = linked("en", "Forecasters at the US National Weather Service said the storm would strengthen.");
        assertThat(names(tags, EntityKind.ORGANIZATION)).containsExactly("National Weather Service");
        assertThat(names(tags, EntityKind.COUNTRY)).containsExactly("United States");
    }

    @Test
    void noCountryWhenTheBodysNameHoldsIt() {
        assertThat(names(linked("en", "Officials of the US Census Bureau said the count was complete."),
                EntityKind.COUNTRY)).isEmpty();
        assertThat(names(linked("en", "The Japan Aerospace Exploration Agency said the probe had landed."),
                EntityKind.COUNTRY)).isEmpty();
    }

    @Test
    void holdsComparesLettersOnly() {
        EntitySense us = new EntitySense(EntityKind.COUNTRY, "United States", "iso3166:US", "US", 0, false);
        assertThat(CountryBeforeBodies.holds("U.S. Steel", "US", us)).isTrue();
        assertThat(CountryBeforeBodies.holds("United States Army", "US", us)).isTrue();
        assertThat(CountryBeforeBodies.holds("National Weather Service", "US", us)).isFalse();
    }
}
