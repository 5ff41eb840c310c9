package io.newspipe.producer.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.producer.config.FetchSettings;
import io.newspipe.producer.config.SiteSource;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.fetch.PoliteFetcher;
import io.newspipe.producer.guard.Cidr;
import io.newspipe.producer.publish.CountingSink;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.producer.testsite.RecordingConnector;
import io.newspipe.producer.testsite.StubResolver;
import io.newspipe.producer.testsite.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCrawlerTest {
    static final List<String> ARTICLES = List.of("/news/2026/economy-budget.html", "/news/2026/sport-final.html",
            "/news/2026/science-mars.html", "/news/2026/arabic-baghdad.html", "/news/2026/culture-festival.html",
            "/news/2026/world-summit.html");
    static final Set<String> LISTINGS = Set.of("/", "/rss.xml", "/atom.xml", "/feed.json", "/sitemap_index.xml",
            "/sitemaps/news.xml");

    @TempDir
    Path dir;

    private TestSite site;
    private StubResolver resolver;
    private RecordingConnector connector;
    private ProducerMetrics metrics;

    @BeforeEach
    void setUp() throws IOException {
        site = new TestSite().fixtures("sample-news");
        resolver = new StubResolver().map("intranet.test", "10.0.0.1");
        connector = new RecordingConnector();
        metrics = ProducerMetrics.simple();
    }

    @AfterEach
    void tearDown() {
        site.close();
        assertThat(connector.nonLoopbackAttempts()).isEmpty();
    }

    static Sources sources(TestSite site, int maxBody) {
        FetchSettings fetch = FetchSettings.DEFAULTS.withDelayPerHost(Duration.ZERO)
                .withAllowedNetworks(List.of(Cidr.parse("127.0.0.0/8"))).withMaxBodyBytes(maxBody);
        SiteSource s = new SiteSource("sample-news", List.of(), List.of(site.url("/sitemap_index.xml")),
                List.of(site.url("/")), Duration.ofMinutes(5));
        return new Sources(fetch, List.of(s));
    }

    private SourceCrawler crawler(Sources sources, CrawlState state, CountingSink sink) {
        PoliteFetcher fetcher = new PoliteFetcher(sources.fetch(), resolver, Clock.systemUTC(), connector);
        return new SourceCrawler(sources, fetcher, state, sink, metrics);
    }

    @Test
    void firstPollPublishesExactlyTheArticlePagesAsServed() throws IOException {
        CountingSink sink = new CountingSink(true);
        Sources sources = sources(site, 1 << 20);
        PollReport report = crawler(sources, CrawlState.inMemory(), sink).poll(sources.sites().get(0));

        assertThat(sink.kept()).extracting(RawPage::getUrl)
                .containsExactlyInAnyOrderElementsOf(ARTICLES.stream().map(site::url).toList());
        for (RawPage p : sink.kept()) {
            String path = p.getUrl().substring(site.base().length());
            assertThat(bytes(p.getBody())).as(path).isEqualTo(servedFixture(path));
            assertThat(p.getSite()).isEqualTo("sample-news");
            assertThat(p.getHttpStatus()).isEqualTo(200);
        }
        RawPage arabic = byPath(sink, "/news/2026/arabic-baghdad.html");
        assertThat(arabic.getContentType()).isEqualTo("text/html");
        assertThat(arabic.getSource()).isEqualTo("feed");
        assertThat(arabic.getCrawlMetadata()).containsEntry("feed_url", site.url("/feed.json"))
                .containsEntry("published_at", "2026-11-25T09:00:00Z");
        RawPage summit = byPath(sink, "/news/2026/world-summit.html");
        assertThat(summit.getSource()).isEqualTo("sitemap");
        assertThat(summit.getCrawlMetadata()).containsEntry("published_at", "2026-11-24T07:00:00Z");

        assertThat(sink.deadLetters()).isEmpty();
        assertThat(report.failures()).containsEntry("robots_disallowed", 1);
        assertThat(site.paths()).doesNotContain("/private/draft.html");
        assertThat(site.paths()).filteredOn(p -> p.startsWith("/news/")).hasSize(ARTICLES.size());
        assertThat(report.pages()).isEqualTo(6);
        assertThat(report.newUrls()).isEqualTo(7);
        assertThat(metrics.count("newspipe.producer.pages.fetched", "host", "127.0.0.1")).isEqualTo(6);
        assertThat(metrics.count("newspipe.producer.fetch.errors", "cause", "robots_disallowed")).isEqualTo(1);
    }

    @Test
    void secondPollOfAnUnchangedSiteFetchesOnlyListingsAnswered304() {
        CountingSink sink = new CountingSink(true);
        Sources sources = sources(site, 1 << 20);
        SourceCrawler crawler = crawler(sources, CrawlState.inMemory(), sink);
        crawler.poll(sources.sites().get(0));
        site.clearRequests();

        PollReport second = crawler.poll(sources.sites().get(0));

        assertThat(second.pages()).isZero();
        assertThat(second.deadLetters()).isZero();
        assertThat(second.notModified()).isEqualTo(LISTINGS.size());
        assertThat(sink.pages()).isEqualTo(6);
        assertThat(site.paths()).containsExactlyInAnyOrderElementsOf(LISTINGS);
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("if-none-match")).isNotBlank());
        assertThat(metrics.total("newspipe.producer.not.modified")).isEqualTo(LISTINGS.size());
    }

    @Test
    void seenSetAndValidatorsSurviveARestart() throws IOException {
        Sources sources = sources(site, 1 << 20);
        try (CrawlState state = CrawlState.open(dir)) {
            crawler(sources, state, new CountingSink(false)).poll(sources.sites().get(0));
        }
        site.clearRequests();
        CountingSink after = new CountingSink(false);
        try (CrawlState state = CrawlState.open(dir)) {
            PollReport r = crawler(sources, state, after).poll(sources.sites().get(0));
            assertThat(r.pages()).isZero();
            assertThat(r.notModified()).isEqualTo(LISTINGS.size());
        }
        assertThat(after.pages()).isZero();
        assertThat(site.paths()).filteredOn(p -> p.startsWith("/news/")).isEmpty();
    }

    @Test
    void onlyANewlyListedArticleIsFetchedOnTheNextPoll() {
        CountingSink sink = new CountingSink(true);
        Sources sources = sources(site, 1 << 20);
        SourceCrawler crawler = crawler(sources, CrawlState.inMemory(), sink);
        crawler.poll(sources.sites().get(0));
        String feed = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"9\",\"url\":\""
                + site.url("/news/2026/breaking.html") + "\"},{\"id\":\"4\",\"url\":\""
                + site.url("/news/2026/culture-festival.html") + "\"}]}";
        site.file("/feed.json", feed.getBytes(StandardCharsets.UTF_8), "application/feed+json");
        site.file("/news/2026/breaking.html", "<html><body><p>Breaking</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        site.clearRequests();

        PollReport r = crawler.poll(sources.sites().get(0));

        assertThat(r.pages()).isEqualTo(1);
        assertThat(site.paths()).filteredOn(p -> p.startsWith("/news/")).containsExactly("/news/2026/breaking.html");
        assertThat(sink.kept()).last().extracting(RawPage::getUrl).isEqualTo(site.url("/news/2026/breaking.html"));
    }

    @Test
    void aCorrectedArticleIsFetchedAgainAndNothingElse() throws IOException {
        CountingSink sink = new CountingSink(true);
        Sources sources = sources(site, 1 << 20);
        SourceCrawler crawler = crawler(sources, CrawlState.inMemory(), sink);
        crawler.poll(sources.sites().get(0));
        byte[] atom = servedFixture("/atom.xml");
        String corrected = new String(atom, StandardCharsets.UTF_8)
                .replace("<updated>2026-11-22T11:00:00Z</updated>", "<updated>2026-11-28T09:00:00Z</updated>");
        site.file("/atom.xml", corrected.getBytes(StandardCharsets.UTF_8), "application/atom+xml");
        byte[] fixed = "<html><body><h1>Rover finds layered rocks (corrected)</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        site.file("/news/2026/science-mars.html", fixed, "text/html; charset=utf-8");
        site.clearRequests();

        PollReport r = crawler.poll(sources.sites().get(0));

        assertThat(r.revisits()).isEqualTo(1);
        assertThat(r.pages()).isEqualTo(1);
        assertThat(site.paths()).filteredOn(p -> p.startsWith("/news/")).containsExactly("/news/2026/science-mars.html");
        TestSite.Request refetch = site.requests().stream()
                .filter(q -> q.path().equals("/news/2026/science-mars.html")).findFirst().orElseThrow();
        assertThat(refetch.header("if-none-match")).isNotBlank();
        RawPage revision = sink.kept().get(sink.kept().size() - 1);
        assertThat(revision.getUrl()).isEqualTo(site.url("/news/2026/science-mars.html"));
        assertThat(bytes(revision.getBody())).isEqualTo(fixed);
        assertThat(revision.getCrawlMetadata()).containsEntry("modified_at", "2026-11-28T09:00:00Z");

        site.clearRequests();
        PollReport third = crawler.poll(sources.sites().get(0));
        assertThat(third.pages()).isZero();
        assertThat(site.paths()).filteredOn(p -> p.startsWith("/news/")).isEmpty();
    }

    @Test
    void unsafeRedirectsAndOversizedPagesBecomeDeadLetters() {
        String rss = "<rss version=\"2.0\"><channel><item><link>" + site.url("/go") + "</link></item>"
                + "<item><link>" + site.url("/huge.html") + "</link></item>"
                + "<item><link>" + site.url("/news/2026/world-summit.html") + "</link></item></channel></rss>";
        site.file("/bad.xml", rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
        site.route("/go", ex -> {
            ex.getResponseHeaders().set("Location", "http://intranet.test/admin");
            ex.sendResponseHeaders(301, -1);
        });
        site.file("/huge.html", new byte[200_000], "text/html");
        Sources base = sources(site, 100_000);
        Sources sources = new Sources(base.fetch(), List.of(new SiteSource("bad", List.of(site.url("/bad.xml")),
                List.of(), List.of(), Duration.ofMinutes(1))));
        CountingSink sink = new CountingSink(true);

        crawler(sources, CrawlState.inMemory(), sink).poll(sources.sites().get(0));

        assertThat(sink.kept()).extracting(RawPage::getUrl).containsExactly(site.url("/news/2026/world-summit.html"));
        assertThat(sink.deadLetters()).extracting(DeadLetter::getReason)
                .containsExactly("blocked_address", "too_large");
        DeadLetter tooLarge = sink.deadLetters().get(1);
        assertThat(tooLarge.getRawPage().getBody().remaining()).isZero();
        assertThat(tooLarge.getRawPage().getCrawlMetadata()).containsEntry("body_bytes", "100000");
        assertThat(resolver.lookups()).contains("intranet.test");
    }

    @Test
    void crawlOnceIsTheDemoApi() {
        CountingSink sink = new CountingSink(false);
        PollReport r = SourceCrawler.crawlOnce(sources(site, 1 << 20), sink);
        assertThat(r.pages()).isEqualTo(6);
        assertThat(sink.pages()).isEqualTo(6);
    }

    private RawPage byPath(CountingSink sink, String path) {
        return sink.kept().stream().filter(p -> p.getUrl().equals(site.url(path))).findFirst().orElseThrow();
    }

    private byte[] servedFixture(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/pages/sample-news" + path)) {
            return TestSite.replace(in.readAllBytes(), "{{base}}", site.base());
        }
    }

    static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }

    static Set<String> paths(List<RawPage> pages, String base) {
        return pages.stream().map(p -> p.getUrl().substring(base.length())).collect(Collectors.toSet());
    }
}
