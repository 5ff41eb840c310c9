package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.dedup.ArticleState.Status;
import io.newspipe.streams.dedup.CandidateChooser.Answer;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateChooserTest {
    private static final BandEntry SELF = new BandEntry(50, 1000);

    @Test
    void noSimilarCandidateMeansOriginal() {
        assertThat(CandidateChooser.choose(SELF, List.of(new Answer(new BandEntry(1, 900), -1, Status.ORIGINAL, 0))))
                .isEmpty();
        assertThat(CandidateChooser.choose(SELF, List.of())).isEmpty();
    }

    @Test
    void earliestSimilarEarlierCandidateWinsAndPointsAtItsRoot() {
        Answer pendingEarliest = new Answer(new BandEntry(7, 800), 0.7, Status.PENDING, 0);
        Answer duplicate = new Answer(new BandEntry(8, 700), 0.6, Status.DUPLICATE, 3);
        Answer original = new Answer(new BandEntry(9, 900), 0.9, Status.ORIGINAL, 0);
        Answer chosen = CandidateChooser.choose(SELF, List.of(pendingEarliest, original, duplicate)).orElseThrow();
        assertThat(chosen).isEqualTo(duplicate);
        assertThat(chosen.rootIdHash()).isEqualTo(3);
    }

    @Test
    void laterCandidateCountsOnlyWhenAlreadyPublished() {
        Answer laterPending = new Answer(new BandEntry(60, 1100), 0.8, Status.PENDING, 0);
        Answer laterPublished = new Answer(new BandEntry(61, 1200), 0.8, Status.ORIGINAL, 0);
        assertThat(CandidateChooser.choose(SELF, List.of(laterPending))).isEmpty();
        assertThat(CandidateChooser.choose(SELF, List.of(laterPending, laterPublished))).contains(laterPublished);
    }

    @Test
    void answerOrderDoesNotMatter() {
        List<Answer> answers = new ArrayList<>(List.of(
                new Answer(new BandEntry(1, 990), 0.5, Status.ORIGINAL, 0),
                new Answer(new BandEntry(2, 990), 0.9, Status.ORIGINAL, 0),
                new Answer(new BandEntry(3, 995), 0.9, Status.PENDING, 0),
                new Answer(new BandEntry(4, 2000), 0.9, Status.ORIGINAL, 0)));
        Answer first = CandidateChooser.choose(SELF, answers).orElseThrow();
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(answers, new java.util.Random(i));
            assertThat(CandidateChooser.choose(SELF, answers)).contains(first);
        }
        assertThat(first.candidate().articleIdHash()).isEqualTo(1);
    }

    @Test
    void twoSimultaneousNearDuplicatesEndAsOneOriginalAndOneDuplicate() {
        BandEntry a = new BandEntry(10, 1000);
        BandEntry b = new BandEntry(20, 1000);
        // B reached every shared band first, so B was published before A's notice arrived
        assertThat(CandidateChooser.choose(a, List.of(new Answer(b, 0.8, Status.ORIGINAL, 0)))).isPresent();
        // B still pending when A's notice arrived: A is the original, B becomes A's duplicate
        assertThat(CandidateChooser.choose(a, List.of(new Answer(b, 0.8, Status.PENDING, 0)))).isEmpty();
        assertThat(CandidateChooser.choose(b, List.of(new Answer(a, 0.8, Status.PENDING, 0)))).isPresent();
    }
}
