package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedIds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small places vouched for by a Latin town word or by a big place of their country in the same list. */
class PlaceListsTest {
    private static final String WEWAK = "geonames:2083537";
    private static final String MENDI = "geonames:2090990";
    private static final String PUNAKHA = "geonames:1252479";
    private static final String THIMPHU = "geonames:1252416";

    @Test
    void aTownWordVouchesForASmallTownOfTheArticlesCountry() {
        assertThat(linkedIds("en", "Floods cut the road to Wewak in Papua New Guinea.")).doesNotContain(WEWAK);
        assertThat(linkedIds("en", "Floods cut off the coastal town of Wewak in Papua New Guinea.")).contains(WEWAK);
        assertThat(linkedIds("fr", "Des pluies ont isolé la commune de Mendi, en Papouasie-Nouvelle-Guinée."))
                .contains(MENDI);
    }

    @Test
    void aBigPlaceOfTheSameCountryInTheListVouchesForTheOthers() {
        // no preposition of place before it ("in Punakha" fixes it, LocativePlacesTest): it needs more
        assertThat(linkedIds("en", "Tourism fell for Punakha, officials in Bhutan said.")).doesNotContain(PUNAKHA);
        assertThat(linkedIds("en", "Hotels in Thimphu and Punakha stood empty, officials in Bhutan said."))
                .contains(THIMPHU, PUNAKHA);
    }

    @Test
    void aListDoesNotMoveABigPlaceToTheAnchorsCountry() {
        // Moscow, Idaho is small, but the capital of Russia is the Moscow a list with Washington means
        assertThat(linkedIds("en", "Talks between Washington and Moscow resumed.")).contains("geonames:524901");
    }
}
