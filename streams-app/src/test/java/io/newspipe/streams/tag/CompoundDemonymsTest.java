package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linked;
import static io.newspipe.streams.tag.TaggedText.names;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first country of a hyphenated compound demonym ("franco-allemande", "Russo-Ukrainian"). */
class CompoundDemonymsTest {
    @Test
    void theCombiningFormBeforeADemonymIsItsCountry() {
        assertThat(names(linked("fr", "La réalisatrice franco-allemande a reçu le prix, comme l'actrice"
                + " italo-tunisienne."), EntityKind.COUNTRY)).containsExactly("France", "Germany", "Italy", "Tunisia");
        assertThat(names(linked("en", "The Indo-Pakistani border talks and the Russo-Ukrainian war."),
                EntityKind.COUNTRY)).contains("India", "Pakistan", "Russia", "Ukraine");
    }

    @Test
    void noCountryWithoutAHyphenOrWithoutADemonymAfterIt() {
        assertThat(names(linked("fr", "Une langue indo-européenne, un monde anglo-saxon et le port franco."),
                EntityKind.COUNTRY)).isEmpty();
        assertThat(names(linked("fr", "Le franco allemand."), EntityKind.COUNTRY)).containsExactly("Germany");
    }

    @Test
    void everyCombiningFormNamesOneCountryOfTheDictionary() {
        EntityDictionary d = TaggerResources.shared().dictionary();
        for (String country : CompoundDemonyms.countries()) {
            EntityDictionary.Alias[] aliases = d.lookup(country);
            assertThat(aliases).as(country).isNotNull();
            assertThat(java.util.Arrays.stream(aliases).map(a -> d.sense(a.sense()))
                    .filter(s -> s.kind() == EntityKind.COUNTRY).map(EntitySense::id).distinct()).as(country)
                    .hasSize(1);
        }
    }
}
