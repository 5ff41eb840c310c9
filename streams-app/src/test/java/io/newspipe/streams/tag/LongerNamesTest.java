package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongerNamesTest {
    private static List<String> people(String title, String body) {
        return TaggedText.people("en", title, body);
    }

    @Test
    void aCuratedPersonInsideALongerNameIsSomeoneElse() {
        assertThat(people("Cartel figure pleads guilty",
                "A son of the drug lord, Joaquín Guzmán López, pleaded guilty in a Chicago court on Monday, his"
                        + " lawyer said. Prosecutors had charged him with trafficking in 2023."))
                .doesNotContain("Joaquín Guzmán");
        assertThat(people("Family business",
                "Ivanka Trump did not attend the dinner in Palm Beach, a spokesperson said on Friday."))
                .doesNotContain("Donald Trump");
    }

    @Test
    void rolesTitlesAndPossessivesAroundTheNameKeepTheMatch() {
        assertThat(people("Tariffs return",
                "President Trump announced new tariffs on Tuesday. Former President Barack Obama criticised"
                        + " the decision, and Trump's advisers defended it."))
                .contains("Donald Trump", "Barack Obama");
        assertThat(people("Verdict", "In 2019 a New York jury convicted Joaquín Guzmán of drug trafficking."))
                .contains("Joaquín Guzmán");
    }

    @Test
    void aReleasedMentionStillLetsOtherMentionsCount() {
        EntityTag trump = TaggedText.entities("en", "Campaign trail",
                "Donald Trump spoke in Ohio on Saturday. Eric Trump introduced him, and Trump later thanked the"
                        + " crowd.").stream().filter(t -> t.name().equals("Donald Trump"))
                .findFirst().orElseThrow();
        assertThat(trump.count()).isEqualTo(2);
    }

    @Test
    void theMarksItReadsAreTheCuratedWordsMarks() {
        String body = "Ivanka Trump did not attend the dinner in Palm Beach, a spokesperson said on Friday, and her"
                + " father Donald Trump spoke to supporters in Ohio on Saturday before he flew back to the capital.";
        List<TokenizedText> parts = List.of(TokenizedText.of("Dinner"), TokenizedText.of(body));
        List<EntityTag> curated = TaggedText.entities("en", "Dinner", body).stream()
                .filter(t -> t.type() == EntityKind.PERSON).toList();
        CuratedWords linked = new CuratedWords(curated);
        EntityKind[][] marks = new EntityKind[parts.size()][];
        LongerNames.release(curated, parts, TaggerResources.shared().stopwords(), "en", linked, marks);
        assertThat(marks[1]).isNotNull();
        assertThat(marks[1]).containsExactly(new CuratedWords(curated).mark(parts.get(1).tokens()));
    }
}
