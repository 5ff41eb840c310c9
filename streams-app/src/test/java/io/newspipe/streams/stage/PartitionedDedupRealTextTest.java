package io.newspipe.streams.stage;

import static io.newspipe.streams.stage.PartitionedDedupStageTest.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupStateCodec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The partitioned dedup on real news text rather than pseudo-words: syndicated copies, a different story on the
 * same event, the retention window and long-running stories. Every message crosses the codec
 * ({@link DedupCluster}); pages are submitted one at a time and decided before the next arrives.
 */
class PartitionedDedupRealTextTest {
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
    private static final String CORRECTION =
            "\n\nCorrection: the talks began on Saturday, not on Friday as first reported.";

    private final DedupCluster cluster = new DedupCluster(DedupConfig.defaults(), 4);

    private StageResult decide(DedupCluster on, String url, String body, Instant at) {
        int before = on.emitted.size();
        on.submit(candidate(url, body, at));
        on.deliverAllInOrder();
        assertThat(on.emitted).as("one result per page").hasSize(before + 1);
        assertThat(on.pending()).isZero();
        return on.emitted.get(before).result();
    }

    private StageResult decide(String url, String body, Instant at) {
        return decide(cluster, url, body, at);
    }

    private static DedupConfig retention(Duration window) {
        DedupConfig d = DedupConfig.defaults();
        return new DedupConfig(d.numHashes(), d.bands(), d.rowsPerBand(), d.signatureBits(), d.shingleSize(),
                d.jaccardThreshold(), d.containmentThreshold(), d.minShinglesForContainment(),
                d.maxEntriesPerBandKey(), window);
    }

    @Test
    void aNewStoryIsAnArticleWithItsFingerprintAndContentHash() {
        StageResult r = decide("https://a.example/1", STORY, T0);

        assertThat(r.isArticle()).isTrue();
        assertThat(r.article().getFingerprint()).isNotBlank();
        assertThat(r.article().getContentHash()).hasSize(64);
    }

    @Test
    void theSameUrlUnchangedIsSameUrlAndEachChangeIsTheNextRevisionWithTheSameId() {
        String url = "https://a.example/1";
        decide(url, STORY, T0);
        StageResult again = decide(url, STORY, T0.plusSeconds(60));
        StageResult changed = decide(url, STORY + CORRECTION, T0.plusSeconds(120));
        StageResult changedAgain = decide(url, STORY + CORRECTION
                + "\n\nUpdate: a second round is planned in Washington next month.", T0.plusSeconds(180));

        assertThat(again.duplicate().getMethod()).isEqualTo(DedupDecisions.SAME_URL);
        assertThat(changed.article().getRevision()).isEqualTo(2);
        assertThat(changed.article().getId()).isEqualTo(ArticleIds.idOf(url));
        assertThat(changedAgain.article().getRevision()).isEqualTo(3);
    }

    @Test
    void aSyndicatedCopyWithAnotherIntroAndSourceLineIsANearDuplicateOfTheFirstAndSoIsItsRefetch() {
        decide("https://a.example/1", STORY, T0);
        String copy = "BAGHDAD (Wire) - " + STORY.replace("on Saturday", "on Saturday morning")
                + "\n\nSource: agencies. All rights reserved.";

        DuplicateNotice n = decide("https://b.example/wire/77", copy, T0.plusSeconds(30)).duplicate();
        DuplicateNotice refetch = decide("https://b.example/wire/77", copy, T0.plusSeconds(90)).duplicate();

        assertThat(n.getMethod()).isEqualTo(DedupDecisions.NEAR_DUPLICATE);
        assertThat(n.getDuplicateOf()).isEqualTo(ArticleIds.idOf("https://a.example/1"));
        assertThat(n.getSimilarity()).isBetween(0.5, 1.0);
        assertThat(refetch.getMethod()).isEqualTo(DedupDecisions.SAME_URL);
        assertThat(refetch.getDuplicateOf()).as("points at the original, not at the copy")
                .isEqualTo(ArticleIds.idOf("https://a.example/1"));
    }

    @Test
    void anExactCopyIsAnExactCopyAndADifferentStoryOnTheSameEventIsAnArticle() {
        decide("https://a.example/1", STORY, T0);
        StageResult copy = decide("https://c.example/x", STORY, T0.plusSeconds(5));
        String other = "Analysts in Baghdad say the talks between Iraq and the United States on the coalition"
                + " against the Islamic State group reflect domestic pressure on Mohammed Shia al-Sudani.\n\n"
                + "Several armed factions have demanded a full withdrawal of foreign troops, while Kurdish leaders"
                + " in Erbil fear a security vacuum along the disputed territories.\n\n"
                + "Diplomats expect months of negotiation before any date is fixed, and Washington insists any"
                + " change will be orderly and agreed with its partners in the region.";
        StageResult different = decide("https://c.example/analysis", other, T0.plusSeconds(10));

        assertThat(copy.duplicate().getMethod()).isEqualTo(DedupDecisions.EXACT_COPY);
        assertThat(different.isArticle()).isTrue();
    }

    @Test
    void pastTheRetentionWindowACopyIsNewAgainButWithinItIsNot() {
        DedupCluster shortMemory = new DedupCluster(retention(Duration.ofHours(1)), 4);
        decide(shortMemory, "https://a.example/1", STORY, T0);

        StageResult soon = decide(shortMemory, "https://c.example/x", STORY, T0.plus(Duration.ofMinutes(30)));
        StageResult late = decide(shortMemory, "https://d.example/y", STORY, T0.plus(Duration.ofHours(3)));

        assertThat(soon.isDuplicate()).isTrue();
        assertThat(late.isArticle()).isTrue();
    }

    @Test
    void aStoryUpdatedForLongerThanTheWindowKeepsCountingRevisions() {
        String url = "https://a.example/live";
        String update = ": officials met again and the talks went on into the evening.";
        decide(url, STORY, T0);
        for (int day = 1; day <= 10; day++) {
            Article r = decide(url, STORY + "\n\nUpdate on day " + day + update, T0.plus(Duration.ofDays(day)))
                    .article();
            assertThat(r.getRevision()).as("day %d", day).isEqualTo(day + 1);
            assertThat(r.getId()).isEqualTo(ArticleIds.idOf(url));
        }
        StageResult unchanged = decide(url, STORY + "\n\nUpdate on day 10" + update, T0.plus(Duration.ofDays(11)));

        assertThat(unchanged.duplicate().getMethod()).isEqualTo(DedupDecisions.SAME_URL);
    }

    @Test
    void aCopyRefetchedAfterItsOriginalLeftTheWindowNeverPointsAtItself() {
        DedupCluster week = new DedupCluster(retention(Duration.ofDays(7)), 4);
        decide(week, "https://a.example/1", STORY, T0);
        decide(week, "https://b.example/copy", STORY, T0.plus(Duration.ofDays(6)));
        // the original leaves the window (as expiry would delete it); the copy is then fetched again unchanged
        long original = DedupStateCodec.articleIdHash(ArticleIds.idOf("https://a.example/1"));
        week.states.forEach(s -> s.articles.remove(original));

        StageResult again = decide(week, "https://b.example/copy", STORY, T0.plus(Duration.ofDays(8)));

        if (again.isDuplicate()) {
            assertThat(again.duplicate().getDuplicateOf()).isNotEqualTo(ArticleIds.idOf("https://b.example/copy"));
        } else {
            assertThat(again.article().getId()).isEqualTo(ArticleIds.idOf("https://b.example/copy"));
        }
    }
}
