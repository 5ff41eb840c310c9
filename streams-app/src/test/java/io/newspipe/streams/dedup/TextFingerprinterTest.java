package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprinterTest {
    private final TextFingerprinter fingerprinter = new TextFingerprinter(DedupConfig.defaults());

    @Test
    void sameTextSameFingerprintAcrossInstances() {
        Fingerprint a = fingerprinter.fingerprint(DedupFixtures.STORY);
        Fingerprint b = new TextFingerprinter(DedupConfig.defaults()).fingerprint(DedupFixtures.STORY);
        assertThat(b).isEqualTo(a);
        assertThat(a.bandKeys()).hasSize(14).doesNotHaveDuplicates();
        assertThat(a.signature().size()).isEqualTo(64);
        assertThat(a.signature().shingleCount()).isGreaterThan(100);
        assertThat(a.contentHash()).isEqualTo(ArticleIds.contentHash(DedupText.normalise(DedupFixtures.STORY)));
    }

    @Test
    void punctuationCaseAndStampsDoNotChangeTheContentHash() {
        Fingerprint a = fingerprinter.fingerprint(DedupFixtures.STORY);
        Fingerprint b = fingerprinter.fingerprint(DedupFixtures.STORY.toUpperCase(java.util.Locale.ROOT)
                .replace(",", " ,") + "\n\nUpdated 11:05 GMT");
        assertThat(b.contentHash()).isEqualTo(a.contentHash());
    }

    @Test
    void signatureValuesFitTheConfiguredBits() {
        Fingerprint a = fingerprinter.fingerprint(DedupFixtures.STORY);
        for (int v : a.signature().values()) {
            assertThat(v).isBetween(0, 255);
        }
        assertThat(a.signature().toHex()).hasSize(128);
    }

    @Test
    void emptyTextHasNoShingles() {
        Fingerprint empty = fingerprinter.fingerprint("  \n\n ");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(fingerprinter.fingerprint("Breaking").signature().shingleCount()).isEqualTo(1);
    }

    @Test
    void copiesShareBandKeysAndOtherStoriesDoNot() {
        long[] a = fingerprinter.fingerprint(DedupFixtures.STORY).bandKeys();
        long[] copy = fingerprinter.fingerprint(DedupFixtures.COPY_WITH_BOILERPLATE).bandKeys();
        long[] other = fingerprinter.fingerprint(DedupFixtures.OTHER_STORY_SAME_EVENT).bandKeys();
        assertThat(shared(a, copy)).isGreaterThanOrEqualTo(3);
        assertThat(shared(a, other)).isZero();
    }

    private static int shared(long[] x, long[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += x[i] == y[i] ? 1 : 0;
        }
        return n;
    }
}
