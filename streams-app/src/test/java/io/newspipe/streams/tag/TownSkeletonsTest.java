package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedIds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic-script names of towns known only in Latin letters, matched by consonant skeleton after a town word. */
class TownSkeletonsTest {
    private static final String AMIZMIZ = "geonames:2558052";

    private static TownSkeletons.Skeleton arabic(String word) {
        return TownSkeletons.arabic(TextTokenizer.tokens(word).get(0).folded());
    }

    @Test
    void latinAndArabicSpellingsShareTheirSkeleton() {
        assertThat(TownSkeletons.latin("Amizmiz")).anyMatch(s -> s.consonants().equals(arabic("أمزميز").consonants()));
        // the article, a doubled consonant, "dj" and a final ta marbuta written -ah
        String ouledDjellal = TownSkeletons.arabic(TextTokenizer.tokens("أولاد").get(0).folded() + " "
                + TextTokenizer.tokens("جلال").get(0).folded()).consonants();
        assertThat(TownSkeletons.latin("Ouled el-Djellal").stream().map(TownSkeletons.Skeleton::consonants))
                .contains(ouledDjellal);
        assertThat(TownSkeletons.latin("Mahdiyah").stream().map(TownSkeletons.Skeleton::consonants))
                .contains(arabic("مهدية").consonants());
        // "g" is ج in the east and ق/گ in the Maghreb and Iran: both readings are kept
        assertThat(TownSkeletons.latin("Guelma").stream().map(TownSkeletons.Skeleton::consonants))
                .contains(arabic("قالمة").consonants(), arabic("جالمة").consonants());
    }

    @Test
    void aLongVowelTheLatinNameDoesNotWriteThereRulesItOut() {
        TownSkeletons.Skeleton kabira = arabic("كبيرة"); // "big": its ي stands where Khobar has an a
        assertThat(TownSkeletons.latin("Khobar")).noneMatch(s -> s.consonants().equals(kabira.consonants())
                && s.admits(kabira));
        TownSkeletons.Skeleton amizmiz = arabic("أمزميز");
        assertThat(TownSkeletons.latin("Amizmiz")).anyMatch(s -> s.admits(amizmiz));
    }

    @Test
    void aTownWordAndTheCountryInTheArticleFindTheTown() {
        assertThat(linkedIds("ar", "ضرب الزلزال قرية أمزميز في المغرب")).contains(AMIZMIZ);
        assertThat(linkedIds("ar", "ضرب الزلزال أمزميز في المغرب")).doesNotContain(AMIZMIZ); // no town word
        assertThat(linkedIds("ar", "ضرب الزلزال قرية أمزميز")).doesNotContain(AMIZMIZ); // no country
        assertThat(linkedIds("ar", "زار الوفد المدينة القديمة في المغرب")).containsOnly("iso3166:MA"); // article: adjective
    }
}
