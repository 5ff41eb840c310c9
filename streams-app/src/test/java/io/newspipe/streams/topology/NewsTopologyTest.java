package io.newspipe.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.avro.RawPage;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.route.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsTopologyTest {
    private static final Instant T0 = Instant.parse("2024-03-05T10:00:00Z");
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, DuplicateNotice> duplicates;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private TestOutputTopic<String, Article> english;
    private String page;

    @BeforeEach
    void start() throws IOException {
        StreamsAppConfig config = StreamsAppConfig.defaults().withStateDir(stateDir)
                .withTopics(TopicNames.withSuffix(""))
                .withRoutes(Route.parseAll("lang:en=news.articles.lang.en.v1"));
        driver = new TopologyTestDriver(NewsTopology.build(config), StreamsProperties.of(config));
        raw = driver.createInputTopic("news.raw-pages.v1", Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        articles = driver.createOutputTopic("news.articles.v1", Serdes.String().deserializer(),
                NewsSerdes.article().deserializer());
        duplicates = driver.createOutputTopic("news.duplicates.v1", Serdes.String().deserializer(),
                NewsSerdes.duplicateNotice().deserializer());
        deadLetters = driver.createOutputTopic("news.dead-letters.v1", Serdes.String().deserializer(),
                NewsSerdes.deadLetter().deserializer());
        english = driver.createOutputTopic("news.articles.lang.en.v1", Serdes.String().deserializer(),
                NewsSerdes.article().deserializer());
        try (InputStream in = getClass().getResourceAsStream("/pages/daily-harbor/port-strike.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private void send(String url, String html) {
        RawPage rawPage = RawPage.newBuilder().setUrl(url).setFetchedAt(T0).setHttpStatus(200)
                .setContentType("text/html; charset=utf-8").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8))).setSource("test")
                .setSite(null).setCrawlMetadata(Map.of()).build();
        raw.pipeInput(url, NewsSerdes.rawPage().encode(rawPage), T0);
    }

    @Test
    void anArticlePageBecomesOneArticleKeyedByItsId() {
        send("https://dailyharbor.example/news/2024/03/port-strike-ends?utm_source=x", page);

        List<Article> out = articles.readValuesToList();
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.getRevision()).isEqualTo(1);
        assertThat(a.getBodyText()).contains("Dock workers at Harbor City's container port voted")
                .doesNotContain("Most read");
        assertThat(a.getLanguage()).isEqualTo("en");
        assertThat(a.getContentHash()).hasSize(64);
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(english.readValuesToList()).hasSize(1);
    }

    @Test
    void theSamePageFetchedAgainIsASameUrlDuplicateOfItsArticle() {
        send("https://dailyharbor.example/news/2024/03/port-strike-ends", page);
        send("https://dailyharbor.example/news/2024/03/port-strike-ends", page);

        Article first = articles.readValuesToList().get(0);
        List<DuplicateNotice> notices = duplicates.readValuesToList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).getMethod()).isEqualTo("same_url");
        assertThat(notices.get(0).getDuplicateOf()).isEqualTo(first.getId());
    }

    @Test
    void changedContentAtTheSameUrlIsTheNextRevisionWithTheSameId() {
        String url = "https://dailyharbor.example/news/2024/03/port-strike-ends";
        send(url, page);
        send(url, page.replace("</article>",
                "<p>Correction: an earlier version of this story gave the wrong share of votes.</p></article>"));

        List<Article> out = articles.readValuesToList();
        assertThat(out).extracting(Article::getRevision).containsExactly(1, 2);
        assertThat(out.get(1).getId()).isEqualTo(out.get(0).getId());
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void anExactCopyUnderAnotherUrlIsAnExactCopyNotice() {
        send("https://dailyharbor.example/news/2024/03/port-strike-ends", page);
        send("https://mirror.example/wire/port-strike", page.replace("dailyharbor.example", "mirror.example"));

        assertThat(articles.readValuesToList()).hasSize(1);
        List<DuplicateNotice> notices = duplicates.readValuesToList();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.getMethod()).isEqualTo("exact_copy");
            assertThat(n.getUrl()).isEqualTo("https://mirror.example/wire/port-strike");
        });
    }

    @Test
    void aSyndicatedCopyWithAnotherIntroAndAnExtraParagraphIsANearDuplicate() {
        send("https://dailyharbor.example/news/2024/03/port-strike-ends", page);
        String copy = page.replace("dailyharbor.example", "coastwire.example")
                .replace("<p>Dock workers at Harbor City's", "<p>HARBOR CITY (CoastWire) - Dock workers at Harbor City's")
                .replace("</article>", "<p>CoastWire contributed to this report. Copyright 2024.</p></article>");
        send("https://coastwire.example/wire/port-strike", copy);

        assertThat(articles.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).singleElement().satisfies(n -> {
            assertThat(n.getMethod()).isEqualTo("near_duplicate");
            assertThat(n.getDuplicateOfUrl()).contains("dailyharbor.example");
        });
    }

    @Test
    void theProtocolLoopThroughItsOwnTopicDecidesCopiesAndLeavesNothingPending() {
        TestOutputTopic<Long, byte[]> protocol = driver.createOutputTopic(
                StreamsAppConfig.defaults().dedupProtocolTopic(), Serdes.Long().deserializer(),
                Serdes.ByteArray().deserializer());
        String copy = page.replace("dailyharbor.example", "coastwire.example")
                .replace("<p>Dock workers at Harbor City's", "<p>HARBOR CITY (CoastWire) - Dock workers at Harbor City's");
        RawPage first = RawPage.newBuilder().setUrl("https://coastwire.example/wire/port-strike").setFetchedAt(T0)
                .setHttpStatus(200).setContentType("text/html; charset=utf-8").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(copy.getBytes(StandardCharsets.UTF_8))).setSource("test").setSite(null)
                .setCrawlMetadata(Map.of()).build();
        raw.pipeInput(new TestRecord<>(first.getUrl(), NewsSerdes.rawPage().encode(first),
                new RecordHeaders().add("trace", new byte[] {7, 7}), T0));
        send("https://dailyharbor.example/news/2024/03/port-strike-ends", page);
        send("https://mirror.example/port-strike", page.replace("dailyharbor.example", "mirror.example"));

        // with dedup.partitions=4 most band keys belong to other partitions than the article's: their
        // requests and answers went out on the protocol topic and came back in (the driver has one task)
        assertThat(protocol.readRecordsToList()).hasSizeGreaterThan(3);
        List<TestRecord<String, Article>> out = articles.readRecordsToList();
        assertThat(out).extracting(r -> r.value().getUrl()).containsExactly("https://coastwire.example/wire/port-strike");
        // the page's headers waited with it in the dedup state and went out on its article
        assertThat(out.get(0).headers().lastHeader("trace").value()).containsExactly(7, 7);
        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getMethod)
                .containsExactly("near_duplicate", "near_duplicate");
        assertThat(count(driver.getKeyValueStore(Names.STORE_DEDUP_PENDING))).isZero();
        assertThat(count(driver.getKeyValueStore(Names.STORE_DEDUP_WAITING))).isZero();
        assertThat(count(driver.getKeyValueStore(Names.STORE_DEDUP_ARTICLES))).isEqualTo(1);
        assertThat(count(driver.getKeyValueStore(Names.STORE_DEDUP_DUPLICATE_URLS))).isEqualTo(2);
    }

    @Test
    void badBytesAndNonArticlesBecomeDeadLettersAndTheStreamGoesOn() {
        raw.pipeInput("https://x.example/garbage", new byte[] {1, 2, 3, 4}, T0);
        send("https://x.example/empty", "<html><body><p>Nothing here.</p></body></html>");
        send("https://dailyharbor.example/news/2024/03/port-strike-ends", page);

        List<DeadLetter> dead = deadLetters.readValuesToList();
        assertThat(dead).extracting(DeadLetter::getReason).containsExactly("undecodable", "not_an_article");
        assertThat(dead.get(0).getStage()).isEqualTo("decode");
        assertThat(dead.get(0).getRawValue()).isNotNull();
        assertThat(dead.get(1).getRawPage()).isNotNull();
        assertThat(articles.readValuesToList()).hasSize(1);
    }

    @Test
    void everyRawPageIsAccountedForExactlyOnce() {
        String url = "https://dailyharbor.example/news/2024/03/port-strike-ends";
        send(url, page);
        send(url, page);
        send(url + "-v2", page.replace("nine percent", "ten percent"));
        raw.pipeInput("k", new byte[] {(byte) 0xC3, 0x01, 9, 9}, T0);
        send("https://x.example/short", "<p>tiny</p>");
        int in = 5;

        int out = articles.readValuesToList().size() + duplicates.readValuesToList().size()
                + deadLetters.readValuesToList().size();
        assertThat(out).isEqualTo(in);
    }

    @Test
    void dedupStateOlderThanTheRetentionIsDeletedAsEventTimeMovesOn() {
        send("https://dailyharbor.example/news/2024/03/port-strike-ends", page);
        KeyValueStore<Long, byte[]> stored = driver.getKeyValueStore(Names.STORE_DEDUP_ARTICLES);
        assertThat(count(stored)).isEqualTo(1);
        KeyValueStore<Long, byte[]> bands = driver.getKeyValueStore(Names.STORE_DEDUP_BANDS);
        assertThat(count(bands)).isPositive();

        // eight days later (default retention 7 days, event time = fetched_at) pages move dedup time on
        Instant later = T0.plus(java.time.Duration.ofDays(8));
        RawPage late = RawPage.newBuilder().setUrl("https://x.example/late").setFetchedAt(later).setHttpStatus(200)
                .setContentType("text/html").setHeaders(Map.of()).setBody(ByteBuffer.wrap(new byte[] {1}))
                .setSource("test").setSite(null).setCrawlMetadata(Map.of()).build();
        raw.pipeInput("https://x.example/late", NewsSerdes.rawPage().encode(late), T0);
        String fresh = page.replace("Dock workers", "Crane operators").replace("forty", "fifty");
        RawPage next = RawPage.newBuilder().setUrl("https://y.example/new").setFetchedAt(later).setHttpStatus(200)
                .setContentType("text/html").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(fresh.getBytes(StandardCharsets.UTF_8))).setSource("test").setSite(null)
                .setCrawlMetadata(Map.of()).build();
        raw.pipeInput("https://y.example/new", NewsSerdes.rawPage().encode(next), T0);

        assertThat(count(stored)).as("the old article is gone, the new one stays").isEqualTo(1);
    }

    @Test
    void recordTimestampsFarFromFetchedAtDoNotExpireDedupState() {
        // an import of old pages: fetched in 2024, produced now
        Instant producedNow = Instant.parse("2026-11-29T00:00:00Z");
        for (String url : List.of("https://dailyharbor.example/news/2024/03/port-strike-ends",
                "https://archive-copy.example/port-strike")) {
            RawPage old = RawPage.newBuilder().setUrl(url).setFetchedAt(T0).setHttpStatus(200)
                    .setContentType("text/html").setHeaders(Map.of())
                    .setBody(ByteBuffer.wrap(page.getBytes(StandardCharsets.UTF_8))).setSource("import").setSite(null)
                    .setCrawlMetadata(Map.of()).build();
            raw.pipeInput(url, NewsSerdes.rawPage().encode(old), producedNow);
        }

        assertThat(articles.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).singleElement()
                .satisfies(n -> assertThat(n.getMethod()).isEqualTo("exact_copy"));
    }

    private static long count(KeyValueStore<Long, ?> store) {
        try (var it = store.all()) {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        }
    }

    @Test
    void theDedupStoresHaveNoRecordCacheInFrontOfThem() {
        // the stage keeps what it reads again decoded (CachedDedupState); a record cache in front of the stores
        // cost 10-15 % of the stream threads' time (docs/performance.md, session 17)
        for (String name : List.of(Names.STORE_DEDUP_ARTICLES, Names.STORE_DEDUP_DUPLICATE_URLS,
                Names.STORE_DEDUP_CONTENT, Names.STORE_DEDUP_BANDS, Names.STORE_DEDUP_PENDING,
                Names.STORE_DEDUP_WAITING)) {
            StateStore layer = driver.<Long, byte[]>getKeyValueStore(name);
            assertThat(layer).as(name).isNotNull();
            List<String> layers = new ArrayList<>();
            while (layer != null) {
                layers.add(layer.getClass().getSimpleName());
                layer = layer instanceof WrappedStateStore<?, ?, ?> wrapped ? wrapped.wrapped() : null;
            }
            assertThat(layers).as(name).hasSizeGreaterThan(1).noneMatch(n -> n.startsWith("Caching"));
        }
    }

    @Test
    void topologyNamesEveryProcessorAndStore() throws IOException {
        String description = NewsTopology.build(StreamsAppConfig.defaults()).describe().toString();
        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-")
                .contains(Names.STORE_DEDUP_ARTICLES, Names.STORE_DEDUP_BANDS, Names.REPARTITION_DEDUP, Names.STORE_DEDUP_PENDING, Names.STORE_DEDUP_WAITING,
                        StreamsAppConfig.defaults().dedupProtocolTopic())
                .doesNotContain("by-article-id-repartition");
        Files.writeString(stateDir.resolve("topology.txt"), description);
    }
}
