package io.newspipe.streams.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupMessage;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DuplicateRule;
import io.newspipe.streams.dedup.Fingerprint;
import io.newspipe.streams.dedup.HomePartitions;
import io.newspipe.streams.dedup.TextFingerprinter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The partitioned dedup protocol over four simulated partitions whose messages the test delivers in
 * chosen or random orders: races between similar pages on different partitions, chains, waits, exact
 * copies, same URL and revisions, and the accounting invariant (one result per page).
 */
class PartitionedDedupStageTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final DedupConfig CONFIG = DedupConfig.defaults();
    private static final int PARTITIONS = 4;
    private static final TextFingerprinter FINGERPRINTER = new TextFingerprinter(CONFIG);
    private static final DuplicateRule RULE = new DuplicateRule(CONFIG);

    static Article candidate(String url, String body, Instant at) {
        return Article.newBuilder().setId(ArticleIds.idOf(url)).setUrl(url).setCanonicalUrl(url).setRevision(1)
                .setBodyText(body).setFetchedAt(at).setContentHash("x").setExtractorVersion("test")
                .setAuthors(List.of()).setSiteKeywords(List.of()).setKeywords(List.of()).setEntities(List.of())
                .setTopics(List.of()).build();
    }

    /** {@code count} words of a fixed pseudo-vocabulary, starting at word {@code from}. */
    static String words(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(PartitionedDedupStageTest::word)
                .collect(Collectors.joining(" "));
    }

    private static String word(int i) {
        Random r = new Random(i * 31L + 7);
        StringBuilder w = new StringBuilder();
        for (int k = 0, n = 4 + r.nextInt(5); k < n; k++) {
            w.append((char) ('a' + r.nextInt(26)));
        }
        return w.toString();
    }

    private static String url(String site, int partition, String path) {
        for (int i = 0; ; i++) {
            String u = "https://" + site + ".example/" + path + "/" + i;
            if (HomePartitions.of(DedupStateCodec.articleIdHash(ArticleIds.idOf(u)), PARTITIONS) == partition) {
                return u;
            }
        }
    }

    private static boolean similar(String a, String b) {
        Fingerprint x = FINGERPRINTER.fingerprint(a);
        Fingerprint y = FINGERPRINTER.fingerprint(b);
        return x.contentHash().equals(y.contentHash()) || RULE.duplicateSimilarity(x.signature(), y.signature()) >= 0;
    }

    private static void assertEveryPageDecidedOnce(DedupCluster cluster, int pages) {
        assertThat(cluster.inFlight()).isZero();
        assertThat(cluster.pending()).as("nothing left pending").isZero();
        assertThat(cluster.emitted).hasSize(pages);
    }

    @Test
    void similarPagesArrivingAtOnceOnDifferentPartitionsEndAsOneArticleAndOneDuplicateInAnyOrder() {
        String a = words(0, 150);
        String b = "officials said on wednesday " + words(0, 140);
        assertThat(similar(a, b)).isTrue();
        for (int seed = 0; seed < 300; seed++) {
            DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
            Article first = candidate(url("a", 0, "story"), a, T0);
            Article second = candidate(url("b", 1, "wire"), b, T0);
            cluster.submit(first);
            cluster.submit(second);
            cluster.deliverAll(new Random(seed));

            assertEveryPageDecidedOnce(cluster, 2);
            assertThat(cluster.articles()).as("seed %d", seed).hasSize(1);
            DuplicateNotice notice = cluster.duplicates().get(0);
            assertThat(notice.getMethod()).isEqualTo(DedupDecisions.NEAR_DUPLICATE);
            assertThat(notice.getDuplicateOf()).isEqualTo(cluster.articles().get(0).getId());
            assertThat(notice.getDuplicateOfUrl()).isEqualTo(cluster.articles().get(0).getUrl());
        }
    }

    @Test
    void aLaterPageThatReachedEverySharedBandFirstBecomesTheDuplicateOfTheEarlierOne() {
        String a = words(0, 150);
        String b = words(5, 150);
        Article earlier = candidate(url("a", 0, "story"), a, T0);
        Article later = candidate(url("b", 1, "wire"), b, T0.plusSeconds(5));
        DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
        cluster.submit(later);
        cluster.deliverMatching(m -> m instanceof DedupMessage.BandRequest);
        cluster.submit(earlier);
        // the earlier page's inserts find the later one on every shared band: late-earlier notices reach
        // it while it is still pending (its own band answers are held back)
        cluster.deliverMatching(m -> m instanceof DedupMessage.BandRequest || m instanceof DedupMessage.Inquiry);
        cluster.deliverAllInOrder();

        assertEveryPageDecidedOnce(cluster, 2);
        assertThat(cluster.articles()).extracting(Article::getUrl).containsExactly(earlier.getUrl());
        assertThat(cluster.duplicates()).singleElement()
                .satisfies(n -> assertThat(n.getUrl()).isEqualTo(later.getUrl()));
    }

    @Test
    void anEarlierPageArrivingAfterTheLaterOneWasPublishedBecomesItsDuplicate() {
        Article earlier = candidate(url("a", 0, "story"), words(0, 150), T0);
        Article later = candidate(url("b", 1, "wire"), words(5, 150), T0.plusSeconds(5));
        DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
        cluster.submit(later);
        cluster.deliverAllInOrder();
        cluster.submit(earlier);
        cluster.deliverAllInOrder();

        assertEveryPageDecidedOnce(cluster, 2);
        assertThat(cluster.articles()).extracting(Article::getUrl).containsExactly(later.getUrl());
        assertThat(cluster.duplicates()).singleElement().satisfies(n -> {
            assertThat(n.getUrl()).isEqualTo(earlier.getUrl());
            assertThat(n.getDuplicateOf()).isEqualTo(later.getId());
        });
    }

    @Test
    void eachPageFirstOnSomeBandsStillEndsAsOneArticle() {
        Article a = candidate(url("a", 0, "story"), words(0, 150), T0);
        Article b = candidate(url("b", 1, "wire"), words(3, 150), T0);
        long idA = DedupStateCodec.articleIdHash(a.getId());
        long idB = DedupStateCodec.articleIdHash(b.getId());
        for (int split = 0; split < PARTITIONS; split++) {
            int s = split;
            DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
            cluster.submit(a);
            cluster.submit(b);
            // A's requests reach the partitions below the split first, B's those at or above it
            cluster.deliverMatching(m -> m instanceof DedupMessage.BandRequest r && firstThere(r, idA, idB, s));
            cluster.deliverMatching(m -> m instanceof DedupMessage.BandRequest);
            cluster.deliverAllInOrder();

            assertEveryPageDecidedOnce(cluster, 2);
            assertThat(cluster.articles()).hasSize(1);
            assertThat(cluster.duplicates()).hasSize(1);
        }
    }

    private static boolean firstThere(DedupMessage.BandRequest r, long idA, long idB, int split) {
        int partition = HomePartitions.of(r.routingKey(), PARTITIONS);
        long id = r.article().articleIdHash();
        return (id == idA && partition < split) || (id == idB && partition >= split);
    }

    @Test
    void aChainThroughADuplicateDoesNotMakeTheThirdPageADuplicate() {
        String a = words(0, 100);
        String b = words(25, 100);
        String c = words(50, 100);
        assertThat(similar(a, b)).isTrue();
        assertThat(similar(b, c)).isTrue();
        assertThat(similar(a, c)).isFalse();
        for (int seed = 0; seed < 100; seed++) {
            DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
            Article pa = candidate(url("a", 0, "x"), a, T0);
            Article pb = candidate(url("b", 1, "x"), b, T0.plusSeconds(1));
            Article pc = candidate(url("c", 2, "x"), c, T0.plusSeconds(2));
            cluster.submit(pc);
            cluster.submit(pb);
            cluster.submit(pa);
            cluster.deliverAll(new Random(seed));

            assertEveryPageDecidedOnce(cluster, 3);
            // C waits for B (earlier, similar, pending); B turns out a duplicate of A, so C is an original
            assertThat(cluster.articles()).extracting(Article::getUrl).as("seed %d", seed)
                    .containsExactlyInAnyOrder(pa.getUrl(), pc.getUrl());
            assertThat(cluster.duplicates()).singleElement().satisfies(n -> {
                assertThat(n.getUrl()).isEqualTo(pb.getUrl());
                assertThat(n.getDuplicateOf()).isEqualTo(pa.getId());
            });
        }
    }

    @Test
    void exactCopiesOnOtherPartitionsAreExactCopiesOfTheEarliest() {
        String body = words(0, 120);
        DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
        Article original = candidate(url("a", 0, "s"), body, T0);
        cluster.submit(candidate(url("c", 2, "s"), body, T0.plusSeconds(2)));
        cluster.submit(original);
        cluster.submit(candidate(url("b", 1, "s"), body, T0.plusSeconds(1)));
        cluster.deliverAll(new Random(3));

        assertEveryPageDecidedOnce(cluster, 3);
        assertThat(cluster.articles()).hasSize(1);
        assertThat(cluster.duplicates()).hasSize(2).allSatisfy(n -> {
            assertThat(n.getMethod()).isEqualTo(DedupDecisions.EXACT_COPY);
            assertThat(n.getDuplicateOf()).isEqualTo(cluster.articles().get(0).getId());
        });
    }

    @Test
    void aRevisionKeepsItsIdAndAnUnchangedRefetchIsSameUrl() {
        String url = url("a", 0, "live");
        DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
        cluster.submit(candidate(url, words(0, 120), T0));
        cluster.deliverAllInOrder();
        cluster.submit(candidate(url, words(0, 120) + " update", T0.plusSeconds(60)));
        cluster.deliverAllInOrder();
        cluster.submit(candidate(url, words(0, 120) + " update", T0.plusSeconds(120)));
        cluster.deliverAllInOrder();
        // a copy of the revised text elsewhere is an exact copy of the revised article
        cluster.submit(candidate(url("b", 3, "copy"), words(0, 120) + " update", T0.plusSeconds(180)));
        cluster.deliverAllInOrder();

        assertEveryPageDecidedOnce(cluster, 4);
        assertThat(cluster.articles()).extracting(Article::getRevision).containsExactly(1, 2);
        assertThat(cluster.articles()).extracting(Article::getId).containsOnly(ArticleIds.idOf(url));
        assertThat(cluster.duplicates()).extracting(DuplicateNotice::getMethod)
                .containsExactly(DedupDecisions.SAME_URL, DedupDecisions.EXACT_COPY);
        assertThat(cluster.duplicates()).allSatisfy(n -> assertThat(n.getDuplicateOf()).isEqualTo(ArticleIds.idOf(url)));
    }

    @Test
    void aRefetchArrivingWhileItsUrlIsPendingWaitsForTheDecision() {
        String url = url("a", 0, "w");
        DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
        cluster.submit(candidate(url, words(0, 120), T0));
        cluster.submit(candidate(url, words(0, 120), T0.plusSeconds(1)));
        cluster.submit(candidate(url, words(0, 120) + " more", T0.plusSeconds(2)));
        assertThat(cluster.emitted).isEmpty();
        cluster.deliverAllInOrder();

        assertEveryPageDecidedOnce(cluster, 3);
        assertThat(cluster.emitted.get(0).result().article().getRevision()).isEqualTo(1);
        assertThat(cluster.emitted.get(1).result().duplicate().getMethod()).isEqualTo(DedupDecisions.SAME_URL);
        assertThat(cluster.emitted.get(2).result().article().getRevision()).isEqualTo(2);
    }

    @Test
    void aDuplicateUrlRefetchedUnchangedIsSameUrlOfTheOriginal() {
        DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
        Article original = candidate(url("a", 0, "o"), words(0, 120), T0);
        cluster.submit(original);
        cluster.deliverAllInOrder();
        String copyUrl = url("b", 1, "c");
        cluster.submit(candidate(copyUrl, words(0, 120), T0.plusSeconds(10)));
        cluster.deliverAllInOrder();
        int sent = cluster.messagesSent;
        cluster.submit(candidate(copyUrl, words(0, 120), T0.plusSeconds(20)));

        assertThat(cluster.messagesSent).as("decided at home, no protocol").isEqualTo(sent);
        assertThat(cluster.duplicates()).extracting(DuplicateNotice::getMethod)
                .containsExactly(DedupDecisions.EXACT_COPY, DedupDecisions.SAME_URL);
        assertThat(cluster.duplicates()).allSatisfy(n -> assertThat(n.getDuplicateOf()).isEqualTo(original.getId()));
    }

    @Test
    void manyPagesInRandomOrdersNeverLeaveTwoSimilarOriginalsSharingABand() {
        Random random = new Random(42);
        List<Article> pages = new ArrayList<>();
        for (int story = 0; story < 12; story++) {
            int copies = 1 + random.nextInt(4);
            for (int c = 0; c < copies; c++) {
                String text = words(story * 1000 + random.nextInt(8), 120);
                pages.add(candidate("https://s" + c + ".example/" + story + "/" + pages.size(), text,
                        T0.plusSeconds(random.nextInt(3))));
            }
        }
        for (int seed = 0; seed < 40; seed++) {
            List<Article> order = new ArrayList<>(pages);
            java.util.Collections.shuffle(order, new Random(seed));
            DedupCluster cluster = new DedupCluster(CONFIG, PARTITIONS);
            Random delivery = new Random(seed);
            for (Article page : order) {
                cluster.submit(page);
                for (int k = delivery.nextInt(6); k > 0 && cluster.inFlight() > 0; k--) {
                    cluster.deliverAll(new Random(delivery.nextLong()));
                }
            }
            cluster.deliverAll(delivery);

            assertEveryPageDecidedOnce(cluster, pages.size());
            Set<String> ids = cluster.articles().stream().map(Article::getId).collect(Collectors.toSet());
            assertThat(cluster.duplicates()).allSatisfy(n -> assertThat(ids).contains(n.getDuplicateOf()));
            assertNoTwoSimilarOriginalsShareABand(cluster.articles());
        }
    }

    private static void assertNoTwoSimilarOriginalsShareABand(List<Article> originals) {
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < originals.size(); j++) {
                Fingerprint x = FINGERPRINTER.fingerprint(originals.get(i).getBodyText());
                Fingerprint y = FINGERPRINTER.fingerprint(originals.get(j).getBodyText());
                Set<Long> shared = new HashSet<>();
                Arrays.stream(x.bandKeys()).forEach(shared::add);
                boolean shareBand = Arrays.stream(y.bandKeys()).anyMatch(shared::contains);
                assertThat(x.contentHash()).isNotEqualTo(y.contentHash());
                if (shareBand) {
                    assertThat(RULE.duplicateSimilarity(x.signature(), y.signature()))
                            .as("%s vs %s", originals.get(i).getUrl(), originals.get(j).getUrl()).isNegative();
                }
            }
        }
    }
}
