package io.newspipe.streams.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.DedupConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupStageTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final String STORY = String.join("\n\n",
            "The Iraqi government and the United States began a first round of talks on Saturday about ending"
                    + " the mission of the international coalition against the Islamic State group.",
            "Prime Minister Mohammed Shia al-Sudani attended the opening session with senior army commanders,"
                    + " the security services and coalition leaders, according to an official statement.",
            "A higher military commission will assess the threat posed by the group, operational requirements"
                    + " and the growing capabilities of the Iraqi security forces over the coming months.",
            "Baghdad has already pointed to a gradual reduction in the number of coalition advisers, and officials"
                    + " said a timetable for ending the mission would be drawn up after the review.");
    private final DedupStage stage = new DedupStage(DedupConfig.defaults());
    private final MapDedupState state = new MapDedupState();

    private static Article candidate(String url, String body, Instant at) {
        return Article.newBuilder().setId(ArticleIds.idOf(url)).setUrl(url).setCanonicalUrl(url).setRevision(1)
                .setBodyText(body).setFetchedAt(at).setContentHash("x").setExtractorVersion("test")
                .setAuthors(List.of()).setSiteKeywords(List.of()).setKeywords(List.of()).setEntities(List.of())
                .setTopics(List.of()).build();
    }

    @Test
    void aNewStoryIsAnArticleWithItsFingerprint() {
        StageResult r = stage.apply(candidate("https://a.example/1", STORY, T0), state);
        assertThat(r.isArticle()).isTrue();
        assertThat(r.article().getFingerprint()).isNotBlank();
        assertThat(r.article().getContentHash()).hasSize(64);
    }

    @Test
    void theSameUrlUnchangedIsSameUrlAndChangedIsTheNextRevision() {
        stage.apply(candidate("https://a.example/1", STORY, T0), state);
        StageResult again = stage.apply(candidate("https://a.example/1", STORY, T0.plusSeconds(60)), state);
        StageResult changed = stage.apply(candidate("https://a.example/1",
                STORY + "\n\nCorrection: the talks began on Saturday, not on Friday as first reported.",
                T0.plusSeconds(120)), state);
        StageResult changedAgain = stage.apply(candidate("https://a.example/1",
                STORY + "\n\nCorrection: the talks began on Saturday, not on Friday as first reported."
                        + "\n\nUpdate: a second round is planned in Washington next month.", T0.plusSeconds(180)),
                state);

        assertThat(again.duplicate().getMethod()).isEqualTo("same_url");
        assertThat(changed.article().getRevision()).isEqualTo(2);
        assertThat(changed.article().getId()).isEqualTo(ArticleIds.idOf("https://a.example/1"));
        assertThat(changedAgain.article().getRevision()).isEqualTo(3);
    }

    @Test
    void aSyndicatedCopyWithAnotherIntroAndSourceLineIsANearDuplicateOfTheFirst() {
        stage.apply(candidate("https://a.example/1", STORY, T0), state);
        String copy = "BAGHDAD (Wire) - " + STORY.replace("on Saturday", "on Saturday morning")
                + "\n\nSource: agencies. All rights reserved.";

        StageResult r = stage.apply(candidate("https://b.example/wire/77", copy, T0.plusSeconds(30)), state);

        DuplicateNotice n = r.duplicate();
        assertThat(n.getMethod()).isEqualTo("near_duplicate");
        assertThat(n.getDuplicateOf()).isEqualTo(ArticleIds.idOf("https://a.example/1"));
        assertThat(n.getSimilarity()).isBetween(0.5, 1.0);
        StageResult refetch = stage.apply(candidate("https://b.example/wire/77", copy, T0.plusSeconds(90)), state);
        assertThat(refetch.duplicate().getMethod()).isEqualTo("same_url");
        assertThat(refetch.duplicate().getDuplicateOf()).as("points at the original, not at the copy")
                .isEqualTo(ArticleIds.idOf("https://a.example/1"));
    }

    @Test
    void anExactCopyIsAnExactCopyAndADifferentStoryOnTheSameEventIsNot() {
        stage.apply(candidate("https://a.example/1", STORY, T0), state);
        StageResult copy = stage.apply(candidate("https://c.example/x", STORY, T0.plusSeconds(5)), state);
        String other = "Analysts in Baghdad say the talks between Iraq and the United States on the coalition"
                + " against the Islamic State group reflect domestic pressure on Mohammed Shia al-Sudani.\n\n"
                + "Several armed factions have demanded a full withdrawal of foreign troops, while Kurdish leaders"
                + " in Erbil fear a security vacuum along the disputed territories.\n\n"
                + "Diplomats expect months of negotiation before any date is fixed, and Washington insists any"
                + " change will be orderly and agreed with its partners in the region.";
        StageResult different = stage.apply(candidate("https://c.example/analysis", other, T0.plusSeconds(10)), state);

        assertThat(copy.duplicate().getMethod()).isEqualTo("exact_copy");
        assertThat(different.isArticle()).isTrue();
    }

    @Test
    void pastTheRetentionWindowACopyIsNewAgain() {
        DedupConfig d = DedupConfig.defaults();
        DedupStage shortMemory = new DedupStage(new DedupConfig(d.numHashes(), d.bands(), d.rowsPerBand(),
                d.signatureBits(), d.shingleSize(), d.jaccardThreshold(), d.containmentThreshold(),
                d.minShinglesForContainment(), d.maxEntriesPerBandKey(), Duration.ofHours(1)));
        shortMemory.apply(candidate("https://a.example/1", STORY, T0), state);

        StageResult late = shortMemory.apply(candidate("https://c.example/x", STORY, T0.plus(Duration.ofHours(2))),
                state);

        assertThat(late.isArticle()).isTrue();
    }

    @Test
    void aStoryUpdatedForLongerThanTheWindowKeepsCountingRevisions() {
        String url = "https://a.example/live";
        stage.apply(candidate(url, STORY, T0), state);
        for (int day = 1; day <= 10; day++) {
            StageResult r = stage.apply(candidate(url, STORY + "\n\nUpdate on day " + day
                    + ": officials met again and the talks went on into the evening.", T0.plus(Duration.ofDays(day))),
                    state);
            assertThat(r.article().getRevision()).as("day %d", day).isEqualTo(day + 1);
        }
        StageResult unchanged = stage.apply(candidate(url, STORY + "\n\nUpdate on day 10"
                + ": officials met again and the talks went on into the evening.", T0.plus(Duration.ofDays(11))), state);
        assertThat(unchanged.duplicate().getMethod()).isEqualTo("same_url");
    }

    @Test
    void aDuplicateNoticeNeverPointsAtTheDuplicateItself() {
        DedupConfig d = DedupConfig.defaults();
        DedupStage shortMemory = new DedupStage(new DedupConfig(d.numHashes(), d.bands(), d.rowsPerBand(),
                d.signatureBits(), d.shingleSize(), d.jaccardThreshold(), d.containmentThreshold(),
                d.minShinglesForContainment(), d.maxEntriesPerBandKey(), Duration.ofDays(7)));
        shortMemory.apply(candidate("https://a.example/1", STORY, T0), state);
        shortMemory.apply(candidate("https://b.example/copy", STORY, T0.plus(Duration.ofDays(6))), state);
        // the original leaves the window (as expiry would delete it); the copy is fetched again unchanged
        state.articles.remove(io.newspipe.streams.dedup.DedupStateCodec.articleIdHash(ArticleIds.idOf("https://a.example/1")));

        StageResult again = shortMemory.apply(candidate("https://b.example/copy", STORY, T0.plus(Duration.ofDays(8))),
                state);

        if (again.isDuplicate()) {
            assertThat(again.duplicate().getDuplicateOf()).isNotEqualTo(ArticleIds.idOf("https://b.example/copy"));
        } else {
            assertThat(again.article().getId()).isEqualTo(ArticleIds.idOf("https://b.example/copy"));
        }
    }
}
