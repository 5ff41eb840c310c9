package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private static final long T0 = 1_764_374_400_000L;
    private final DedupConfig config = DedupConfig.defaults();
    private final TextFingerprinter fingerprinter = new TextFingerprinter(config);

    @Test
    void exactCopyIsFoundByContentHash() {
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        index.add("orig", T0, fingerprinter.fingerprint(DedupFixtures.STORY));
        DuplicateMatch match = index.findDuplicate(fingerprinter.fingerprint(DedupFixtures.STORY + "\n\nAdvertisement"))
                .orElseThrow();
        assertThat(match.articleId()).isEqualTo("orig");
        assertThat(match.method()).isEqualTo(DuplicateMatch.EXACT_COPY);
        assertThat(match.similarity()).isEqualTo(1.0);
    }

    @Test
    void syndicatedCopyIsANearDuplicateAndAnotherStoryIsNot() {
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        index.add("orig", T0, fingerprinter.fingerprint(DedupFixtures.STORY));
        DuplicateMatch match = index.findDuplicate(fingerprinter.fingerprint(DedupFixtures.COPY_WITH_BOILERPLATE))
                .orElseThrow();
        assertThat(match.method()).isEqualTo(DuplicateMatch.NEAR_DUPLICATE);
        assertThat(match.similarity()).isBetween(0.6, 1.0);
        assertThat(index.findDuplicate(fingerprinter.fingerprint(DedupFixtures.OTHER_STORY_SAME_EVENT))).isEmpty();
    }

    @Test
    void earliestArticleByEventTimeThenIdWins() {
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        Fingerprint copy = fingerprinter.fingerprint(DedupFixtures.COPY_WITH_BOILERPLATE);
        index.add("later", T0 + 1000, fingerprinter.fingerprint(DedupFixtures.STORY));
        index.add("b-earliest", T0, fingerprinter.fingerprint(DedupFixtures.STORY + "\n\nSource: agencies"));
        index.add("a-earliest", T0, fingerprinter.fingerprint(DedupFixtures.STORY + "\n\nWith agencies"));
        assertThat(index.findDuplicate(copy).orElseThrow().articleId()).isEqualTo("a-earliest");
    }

    @Test
    void articlesOutsideTheRetentionWindowAreForgotten() {
        DedupConfig shortWindow = new DedupConfig(64, 14, 2, 8, 3, 0.4, 0.8, 40, 8, Duration.ofHours(1));
        NearDuplicateIndex index = new NearDuplicateIndex(shortWindow);
        index.add("old", T0, fingerprinter.fingerprint(DedupFixtures.STORY));
        index.add("new", T0 + Duration.ofHours(2).toMillis(), fingerprinter.fingerprint(DedupFixtures.OTHER_STORY_SAME_EVENT));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.findDuplicate(fingerprinter.fingerprint(DedupFixtures.COPY_WITH_BOILERPLATE))).isEmpty();
        assertThat(index.findDuplicate(fingerprinter.fingerprint(DedupFixtures.STORY))).isEmpty();
    }

    @Test
    void emptyTextsNeverMatchNearDuplicates() {
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        index.add("empty", T0, fingerprinter.fingerprint(""));
        assertThat(index.findDuplicate(fingerprinter.fingerprint("Short"))).isEmpty();
    }

    @Test
    void hotBandKeysKeepOnlyTheEarliestEntries() {
        DedupConfig tiny = new DedupConfig(64, 14, 2, 8, 3, 0.4, 0.8, 40, 2, Duration.ofDays(7));
        NearDuplicateIndex index = new NearDuplicateIndex(tiny);
        Fingerprint f = fingerprinter.fingerprint(DedupFixtures.STORY + "\n\nOne more line here.");
        index.add("c", T0 + 2, f);
        index.add("a", T0, fingerprinter.fingerprint(DedupFixtures.STORY + "\n\nAnother line there."));
        index.add("b", T0 + 1, fingerprinter.fingerprint(DedupFixtures.STORY + "\n\nA third line too."));
        assertThat(index.findDuplicate(fingerprinter.fingerprint(DedupFixtures.COPY_WITH_BOILERPLATE))
                .orElseThrow().articleId()).isEqualTo("a");
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.longestBandList()).isEqualTo(2);
    }
}
