package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
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

    @Test
    void scanOfTheFlaggedWordsFindsWhatTheWholeScanFinds() {
        for (String text : List.of("Ships in the South China Sea today", "The Indian Ocean Commission met",
                "سفن في بحر الصين الجنوبي والمحيط الهندي", "He won the Bahrain Grand Prix on Sunday",
                "Il a gagné le Grand Prix de Monaco dimanche", "le grand prix du jury à Venise",
                "Talks in Paris and Beijing resumed on Monday", "Grand Prix", "Grand", "")) {
            assertFlaggedScanMatches(text);
        }
    }

    @Property
    void flaggedScanMatchesOnAnyWordSequence(@ForAll @Size(max = 14) List<@From("words") String> words) {
        assertFlaggedScanMatches(String.join(" ", words));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("South", "China", "Sea", "sea", "Grand", "grand", "Grande", "Prix", "prix", "de", "of",
                "Monaco", "Bahrain", "Tour", "France", "Indian", "Ocean", "the", "Gulf", "Mexico", "golfe", "du",
                "بحر", "الصين", "الجنوبي", "والمحيط", "الهندي", "خلیج", "فارس", "Paris", ".");
    }

    private static void assertFlaggedScanMatches(String text) {
        List<Token> tokens = TextTokenizer.tokens(text);
        EntityDictionary dictionary = TaggerResources.shared().dictionary();
        byte[] flags = dictionary.startFlags(tokens, CoveringNames.shared().openers());
        assertThat(CoveringNames.shared().coverEnds(tokens, flags, NameStarts.ALSO))
                .isEqualTo(CoveringNames.shared().coverEnds(tokens));
        byte[] plain = dictionary.startFlags(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(flags[i] & ~NameStarts.ALSO).as("start flags of %s", tokens.get(i).folded()).isEqualTo(plain[i]);
        }
    }
}
