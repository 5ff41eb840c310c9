package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevisionDeciderTest {
    private static final String URL = "https://example.com/story";
    private final RevisionDecider decider = new RevisionDecider();
    private final TextFingerprinter fingerprinter = new TextFingerprinter(DedupConfig.defaults());

    @Test
    void firstVisitIsANewArticle() {
        RevisionDecider.Decision d = decider.decide(null, fingerprinter.fingerprint(DedupFixtures.STORY), 1L, URL);
        assertThat(d.outcome()).isEqualTo(RevisionDecider.Outcome.NEW_ARTICLE);
        assertThat(d.revision()).isEqualTo(1);
        assertThat(d.next().canonicalUrl()).isEqualTo(URL);
    }

    @Test
    void changedAdOrTimeStampIsTheSameUrlDuplicate() {
        ArticleState first = decider.decide(null, fingerprinter.fingerprint(
                DedupFixtures.STORY + "\n\nAdvertisement\n\nUpdated 10:42 GMT"), 1L, URL).next();
        RevisionDecider.Decision again = decider.decide(first, fingerprinter.fingerprint(
                "Updated 11:58 GMT\n\n" + DedupFixtures.STORY + "\n\nSponsored"), 2L, URL);
        assertThat(again.outcome()).isEqualTo(RevisionDecider.Outcome.SAME_URL_DUPLICATE);
        assertThat(again.next()).isEqualTo(first);
    }

    @Test
    void changedBodyIsTheNextRevisionKeepingTheFirstSignature() {
        ArticleState first = decider.decide(null, fingerprinter.fingerprint(DedupFixtures.STORY), 1L, URL).next();
        Fingerprint edited = fingerprinter.fingerprint(DedupFixtures.STORY.replace("at least 14", "at least 22"));
        RevisionDecider.Decision second = decider.decide(first, edited, 2L, URL);
        assertThat(second.outcome()).isEqualTo(RevisionDecider.Outcome.REVISION);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.next().contentHash64()).isEqualTo(edited.contentHash64());
        assertThat(second.next().signature()).isEqualTo(first.signature());
        RevisionDecider.Decision third = decider.decide(second.next(),
                fingerprinter.fingerprint(DedupFixtures.STORY), 3L, URL);
        assertThat(third.revision()).isEqualTo(3);
    }

    @Test
    void aChangedDuplicatePageIsDecidedAgainAndAnUnchangedOneIsASameUrlDuplicate() {
        ArticleState duplicate = decider.decide(null, fingerprinter.fingerprint(DedupFixtures.STORY), 1L, URL).next()
                .withStatus(ArticleState.Status.DUPLICATE, 99L);
        assertThat(decider.decide(duplicate, fingerprinter.fingerprint(DedupFixtures.STORY), 2L, URL).outcome())
                .isEqualTo(RevisionDecider.Outcome.SAME_URL_DUPLICATE);
        RevisionDecider.Decision changed = decider.decide(duplicate,
                fingerprinter.fingerprint(DedupFixtures.OTHER_STORY_SAME_EVENT), 3L, URL);
        assertThat(changed.outcome()).isEqualTo(RevisionDecider.Outcome.RECHECK);
        assertThat(changed.next().signature()).isEqualTo(fingerprinter.fingerprint(DedupFixtures.OTHER_STORY_SAME_EVENT).signature());
    }
}
