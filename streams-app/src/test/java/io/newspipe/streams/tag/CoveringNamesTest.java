package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoveringNamesTest {
    private static int[] ends(String text) {
        return CoveringNames.shared().coverEnds(TextTokenizer.tokens(text));
    }

    @Test
    void listedSeaCoversItsWordsOnly() {
        // "Ships in the South China Sea" : South=3 China=4 Sea=5
        int[] ends = ends("Ships in the South China Sea today");
        assertThat(CoveringNames.covered(ends, 4, 1)).isTrue();
        assertThat(CoveringNames.covered(ends, 2, 1)).isFalse();
        assertThat(CoveringNames.covered(ends, 6, 1)).isFalse();
    }

    @Test
    void longerNameStartingInsideIsNotCovered() {
        int[] ends = ends("The Indian Ocean Commission met");
        assertThat(CoveringNames.covered(ends, 1, 1)).isTrue();
        assertThat(CoveringNames.covered(ends, 1, 3)).isFalse();
    }

    @Test
    void arabicFirstWordMayCarryCliticsAndArticle() {
        int[] ends = ends("سفن في بحر الصين الجنوبي والمحيط الهندي");
        assertThat(CoveringNames.covered(ends, 3, 1)).isTrue();
        assertThat(CoveringNames.covered(ends, 6, 1)).isTrue();
    }

    @Test
    void grandPrixCoversTheNameBeforeOrAfter() {
        assertThat(CoveringNames.covered(ends("He won the Bahrain Grand Prix on Sunday"), 3, 1)).isTrue();
        assertThat(CoveringNames.covered(ends("Il a gagné le Grand Prix de Monaco dimanche"), 7, 1)).isTrue();
        assertThat(ends("le grand prix du jury à Venise")).isNull();
    }

    @Test
    void textWithoutCoveringNameGetsNoArray() {
        assertThat(ends("Talks in Paris and Beijing resumed on Monday")).isNull();
    }

    @Test
    void taggerReportsNoCountryInsideSeasRegionsEventsAndDiseases() {
        List<EntityTag> en = TaggedText.entities("en", null, "Warships sailed in the South China Sea and the Gulf "
                + "of Mexico, while growth in Latin America slowed. He won the Tour de France and the Bahrain "
                + "Grand Prix. Hospitals in Lille treated Crimean-Congo hemorrhagic fever.");
        assertThat(TaggedText.names(en, EntityKind.COUNTRY)).isEmpty();
        assertThat(TaggedText.names(en, EntityKind.PLACE)).containsExactly("Lille");
        List<EntityTag> fr = TaggedText.entities("fr", null, "Des navires croisent dans l'océan Indien et le golfe "
                + "Persique. La croissance de l'Amérique du Sud ralentit, selon la banque.");
        assertThat(TaggedText.names(fr, EntityKind.COUNTRY)).isEmpty();
        List<EntityTag> fa = TaggedText.entities("fa", null,
                "کشتی‌های جنگی از تنگه هرمز و خلیج فارس گذشتند و به شبه جزیره عربستان رسیدند.");
        assertThat(fa).extracting(EntityTag::name).doesNotContain("Fars", "Saudi Arabia");
    }

    @Test
    void countryNamedOnItsOwnIsStillFound() {
        List<EntityTag> en = TaggedText.entities("en", null,
                "China sent ships to the South China Sea, and Mexico protested in the Gulf of Mexico.");
        assertThat(TaggedText.names(en, EntityKind.COUNTRY)).containsExactlyInAnyOrder("China", "Mexico");
    }
}
