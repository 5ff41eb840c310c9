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
    void aLongerPageBeforeDoesNotLeakIntoTheNextFingerprint() {
        // the working arrays are the thread's, kept between pages: a short text after a long one must
        // see none of the long one's words, shingles or table entries
        String shortText = "Rain is expected in the north tonight.";
        Fingerprint fresh = new TextFingerprinter(DedupConfig.defaults()).fingerprintNormalised(DedupText.normalise(shortText));
        fingerprinter.fingerprint(DedupFixtures.STORY.repeat(3));
        assertThat(fingerprinter.fingerprint(shortText).signature().values())
                .isEqualTo(fresh.signature().values());
        assertThat(fingerprinter.fingerprint(shortText).signature().shingleCount())
                .isEqualTo(fresh.signature().shingleCount());
        assertThat(fingerprinter.fingerprint(shortText).contentHash()).isEqualTo(fresh.contentHash());
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

    @Test
    void valuesAreThoseOfTheFunctionMajorSha256Implementation() {
        // computed by the implementation before the fast path (substring per paragraph, NFKC per paragraph,
        // one hash function at a time over all shingles, String.getBytes for SHA-256): the fast path must
        // not change a stored content hash, signature or band key
        Fingerprint fp = fingerprinter.fingerprint(DedupFixtures.STORY + "\n\nالحكومة أعلنت ١٢٠٠ ﷺ ﬁnal");
        assertThat(fp.contentHash()).isEqualTo("ff250bc1882bc1141a870732a0acb9966f7655c7528c80b172236713f57f364e");
        assertThat(fp.signature().toHex()).isEqualTo("7b01d057c80cb32ecc3d564973f94dc35873f6950dbd3024d916066c8b12847d"
                + "b782120bc511b75b70a73d9013b12d8273521d26935e1da492c49957b7fd4b57");
        assertThat(fp.bandKeys()).startsWith(4454310774311988044L, -6043469248587359224L)
                .endsWith(-5050335838621784502L, 2817530557854975479L);
    }

    @Test
    void countsDistinctShinglesIncludingZeroAndCollidingSlots() {
        assertThat(TextFingerprinter.countDistinct(new long[0])).isZero();
        assertThat(TextFingerprinter.countDistinct(new long[] {0, 0, 5})).isEqualTo(2);
        // equal low bits, so they probe the same slot
        assertThat(TextFingerprinter.countDistinct(new long[] {1L << 40, 2L << 40, 1L << 40, 3L << 40})).isEqualTo(3);
        long[] many = new java.util.SplittableRandom(3).longs(1000, 0, 400).toArray();
        assertThat(TextFingerprinter.countDistinct(many)).isEqualTo((int) java.util.Arrays.stream(many).distinct().count());
    }
}
