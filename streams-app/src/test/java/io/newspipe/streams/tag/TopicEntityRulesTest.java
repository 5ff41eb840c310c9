package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entity rules: the hand-written file and the topics of the curated list's sections. */
class TopicEntityRulesTest {
    private static final Map<String, List<TopicLexicon.Hit>> RULES = TopicEntityRules.load();

    @Test
    void aClubOrFederationListedUnderSportIsSportEvidence() {
        assertThat(RULES.get("Chelsea F.C.")).extracting(TopicLexicon.Hit::code).containsExactly("medtop:15000000");
        assertThat(RULES.get("World Athletics")).extracting(TopicLexicon.Hit::code)
                .containsExactly("medtop:15000000");
    }

    @Test
    void churchesAndTradeUnionsPointToTheirTopics() {
        assertThat(RULES.get("Chaldean Catholic Church")).extracting(TopicLexicon.Hit::code)
                .containsExactly("medtop:12000000");
        assertThat(RULES.get("Trades Union Congress")).extracting(TopicLexicon.Hit::code)
                .containsExactly("medtop:09000000");
    }

    @Test
    void aHandWrittenRuleWinsOverItsSection() {
        Map<String, List<TopicLexicon.Hit>> rules = TopicEntityRules.build(List.of("Club A\tmedtop:15000000\t4"),
                List.of("# sport", "ORGANIZATION\t\tClub A\tES\tClub A", "ORGANIZATION\t\tClub B\tES\tClub B",
                        "# media", "ORGANIZATION\t\tPaper C\tES\tPaper C"));
        assertThat(rules.get("Club A")).singleElement().extracting(TopicLexicon.Hit::weight).isEqualTo(4.0);
        assertThat(rules.get("Club B")).singleElement().extracting(TopicLexicon.Hit::code)
                .isEqualTo("medtop:15000000");
        assertThat(rules).doesNotContainKey("Paper C");
    }

    @Test
    void bodiesOfOtherSectionsGetNoSectionRule() {
        assertThat(RULES).doesNotContainKey("Al Jazeera");
        assertThat(RULES.get("Greenpeace")).extracting(TopicLexicon.Hit::code).containsExactly("medtop:06000000");
    }
}
