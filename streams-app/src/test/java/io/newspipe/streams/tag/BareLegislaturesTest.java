package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareLegislaturesTest {
    @Test
    void aBareParliamentIsTheOnlyCountrysAndCountsEveryMention() {
        EntityTag p = TaggedText.entities("en", "Finance bill passes",
                "Kenyan lawmakers met on Tuesday in Nairobi. Parliament approved the new finance bill after a long"
                        + " debate, and the speaker of parliament said the vote was final.").stream()
                .filter(t -> t.name().equals("Parliament of Kenya")).findFirst().orElseThrow();
        assertThat(p.id()).isNull();
        assertThat(p.count()).isEqualTo(2);
    }

    @Test
    void theBodysOwnTitleReplacesTheGenericName() {
        assertThat(TaggedText.organisations("fr", "Grève générale",
                "Les syndicats turcs ont observé une grève contre la loi adoptée lundi par le Parlement. Les"
                        + " centrales estiment que le texte restreint le droit de grève."))
                .contains("Grand National Assembly of Turkey");
    }

    @Test
    void aHouseOfRepresentativesTakesTheCountryWrittenNextToIt() {
        assertThat(TaggedText.organisations("en", "Impeachment vote",
                "Nigeria's House of Representatives passed the bill on Tuesday, a spokesman said in Abuja, as Ghana"
                        + " and Togo followed the debate closely."))
                .contains("House of Representatives of Nigeria");
        assertThat(TaggedText.organisations("en", "Impeachment vote",
                "The House of Representatives of the Philippines voted on Wednesday, while China and Japan watched"
                        + " the debate closely."))
                .contains("House of Representatives of the Philippines");
    }

    @Test
    void aQualifiedOrUnplacedLegislatureIsNotNamed() {
        assertThat(TaggedText.organisations("en", "Vote in Strasbourg",
                "Kenyan and Ugandan envoys watched as the European Parliament voted, then walked to Parliament Square."))
                .noneMatch(n -> n.startsWith("Parliament of"));
        assertThat(TaggedText.organisations("fr", "Vote à Strasbourg",
                "Le Parlement européen a voté mardi une résolution sur le Sahel, a indiqué un communiqué."))
                .noneMatch(n -> n.contains("French Parliament"));
    }
}
