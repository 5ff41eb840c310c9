package io.newspipe.producer.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.producer.config.FetchSettings;
import io.newspipe.producer.guard.Cidr;
import io.newspipe.producer.testsite.RecordingConnector;
import io.newspipe.producer.testsite.StubResolver;
import io.newspipe.producer.testsite.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
    private static final int CAP = 64 * 1024;
    private static final byte[] PAGE = "<html><head><title>t</title></head><body><p>Hello</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private TestSite site;
    private StubResolver resolver;
    private RecordingConnector connector;
    private FetchSettings settings;

    @BeforeEach
    void setUp() throws IOException {
        site = new TestSite();
        resolver = new StubResolver().map("news.test", "127.0.0.1");
        connector = new RecordingConnector();
        settings = FetchSettings.DEFAULTS.withDelayPerHost(Duration.ZERO)
                .withAllowedNetworks(List.of(Cidr.parse("127.0.0.0/8")))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(2))
                .withMaxBodyBytes(CAP);
        robots("User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void tearDown() {
        site.close();
        assertThat(connector.nonLoopbackAttempts()).isEmpty();
    }

    private void robots(String text) {
        site.file("/robots.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    private PoliteFetcher fetcher() {
        return new PoliteFetcher(settings, resolver, Clock.systemUTC(), connector);
    }

    private String url(String path) {
        return "http://news.test:" + site.port() + path;
    }

    private FetchOutcome page(PoliteFetcher f, String path) {
        return f.fetch(url(path), FetchKind.PAGE, Validators.NONE);
    }

    @Test
    void disallowedPageIsNeverRequestedAndRobotsIsCached() {
        site.file("/ok.html", PAGE, "text/html; charset=utf-8");
        PoliteFetcher f = fetcher();
        FetchOutcome denied = page(f, "/private/draft.html");
        FetchOutcome ok = page(f, "/ok.html");
        assertThat(denied).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("robots_disallowed"));
        assertThat(ok).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(site.paths()).containsExactly("/robots.txt", "/ok.html");
    }

    @Test
    void rulesForOurAgentApply() {
        robots("User-agent: newspipe\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
        site.file("/ok.html", PAGE, "text/html");
        FetchOutcome out = page(fetcher(), "/ok.html");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("robots_disallowed"));
    }

    @Test
    void missingRobotsAllowsEverything() {
        site.route("/robots.txt", ex -> TestSite.send(ex, 404, "text/plain", new byte[0]));
        site.file("/ok.html", PAGE, "text/html");
        assertThat(page(fetcher(), "/ok.html")).isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void crawlDelayWinsOverSmallerConfiguredDelay() {
        robots("User-agent: *\nCrawl-delay: 1\n");
        site.file("/a.html", PAGE, "text/html");
        site.file("/b.html", PAGE, "text/html");
        PoliteFetcher f = fetcher();
        page(f, "/a.html");
        page(f, "/b.html");
        assertThat(gapMillis("/a.html", "/b.html")).isGreaterThanOrEqualTo(950);
    }

    @Test
    void configuredDelaySpacesRequestsToOneHost() {
        settings = settings.withDelayPerHost(Duration.ofMillis(300));
        site.file("/a.html", PAGE, "text/html");
        site.file("/b.html", PAGE, "text/html");
        PoliteFetcher f = fetcher();
        page(f, "/a.html");
        page(f, "/b.html");
        assertThat(gapMillis("/a.html", "/b.html")).isGreaterThanOrEqualTo(290);
    }

    @Test
    void oneConnectionPerHostAtATime() throws Exception {
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger maxBusy = new AtomicInteger();
        site.route("/slow.html", ex -> {
            maxBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
            sleep(15);
            // leave before answering: the next request can only start after the client has the answer
            busy.decrementAndGet();
            TestSite.send(ex, 200, "text/html", PAGE);
        });
        PoliteFetcher f = fetcher();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<FetchOutcome>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            all.add(pool.submit(() -> page(f, "/slow.html")));
        }
        for (Future<FetchOutcome> o : all) {
            assertThat(o.get(20, TimeUnit.SECONDS)).isInstanceOf(FetchOutcome.Fetched.class);
        }
        pool.shutdown();
        assertThat(maxBusy.get()).isEqualTo(1);
    }

    @Test
    void sendsAClearUserAgent() {
        site.file("/ok.html", PAGE, "text/html");
        page(fetcher(), "/ok.html");
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("user-agent")).startsWith("Newspipe/1.0 (+"));
    }

    @Test
    void conditionalGetWithEtagGives304() {
        site.file("/rss.xml", PAGE, "application/rss+xml");
        PoliteFetcher f = fetcher();
        FetchOutcome first = f.fetch(url("/rss.xml"), FetchKind.FEED, Validators.NONE);
        assertThat(first).isInstanceOf(FetchOutcome.Fetched.class);
        Validators v = Validators.of(((FetchOutcome.Fetched) first).headers());
        FetchOutcome second = f.fetch(url("/rss.xml"), FetchKind.FEED, v);
        assertThat(second).isInstanceOf(FetchOutcome.NotModified.class);
        TestSite.Request last = site.requests().get(site.requests().size() - 1);
        assertThat(last.header("if-none-match")).isEqualTo(v.etag().orElseThrow());
        assertThat(last.header("if-modified-since")).isEqualTo(TestSite.LAST_MODIFIED);
    }

    @Test
    void conditionalGetWithLastModifiedOnlyGives304() {
        site.route("/feed.json", ex -> {
            if (TestSite.LAST_MODIFIED.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("Last-Modified", TestSite.LAST_MODIFIED);
            TestSite.send(ex, 200, "application/feed+json", "{\"items\":[]}".getBytes(StandardCharsets.UTF_8));
        });
        PoliteFetcher f = fetcher();
        FetchOutcome.Fetched first = (FetchOutcome.Fetched) f.fetch(url("/feed.json"), FetchKind.FEED, Validators.NONE);
        assertThat(f.fetch(url("/feed.json"), FetchKind.FEED, Validators.of(first.headers())))
                .isInstanceOf(FetchOutcome.NotModified.class);
    }

    @Test
    void retriesAfter429HonouringRetryAfterSeconds() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/busy.html", ex -> {
            if (calls.getAndIncrement() == 0) {
                ex.getResponseHeaders().set("Retry-After", "1");
                TestSite.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.send(ex, 200, "text/html", PAGE);
            }
        });
        FetchOutcome out = page(fetcher(), "/busy.html");
        assertThat(out).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(gapMillis("/busy.html", "/busy.html")).isGreaterThanOrEqualTo(950);
    }

    @Test
    void retriesAfter503HonouringRetryAfterDate() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/maint.html", ex -> {
            if (calls.getAndIncrement() == 0) {
                String when = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
                ex.getResponseHeaders().set("Retry-After", when);
                TestSite.send(ex, 503, "text/plain", new byte[0]);
            } else {
                TestSite.send(ex, 200, "text/html", PAGE);
            }
        });
        assertThat(page(fetcher(), "/maint.html")).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(gapMillis("/maint.html", "/maint.html")).isGreaterThanOrEqualTo(900);
    }

    @Test
    void retryAfterLongerThanAllowedGivesUp() {
        site.route("/later.html", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            TestSite.send(ex, 429, "text/plain", new byte[0]);
        });
        FetchOutcome out = page(fetcher(), "/later.html");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("http_429"));
        assertThat(site.paths()).filteredOn("/later.html"::equals).hasSize(1);
    }

    @Test
    void followsRedirectsHopByHop() {
        site.route("/r1", ex -> redirect(ex, "/r2"));
        site.route("/r2", ex -> redirect(ex, url("/final.html")));
        site.file("/final.html", PAGE, "text/html");
        FetchOutcome out = page(fetcher(), "/r1");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.finalUri().toString()).isEqualTo(url("/final.html"));
            assertThat(f.redirects()).isEqualTo(2);
        });
    }

    @Test
    void redirectIntoARobotsDisallowedPathStops() {
        site.route("/r1", ex -> redirect(ex, "/private/secret.html"));
        FetchOutcome out = page(fetcher(), "/r1");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("robots_disallowed"));
        assertThat(site.paths()).doesNotContain("/private/secret.html");
    }

    @Test
    void redirectToAPrivateAddressIsRefusedBeforeAnyConnection() {
        resolver.map("intranet.test", "10.0.0.1");
        site.route("/go", ex -> redirect(ex, "http://intranet.test/admin"));
        site.route("/meta", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        PoliteFetcher f = fetcher();
        FetchOutcome out = page(f, "/go");
        FetchOutcome meta = page(f, "/meta");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class, d -> {
            assertThat(d.reason()).isEqualTo("blocked_address");
            assertThat(d.detail()).contains("10.0.0.1").contains("private");
        });
        assertThat(meta).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.detail()).contains("metadata"));
        assertThat(resolver.lookups()).contains("intranet.test");
        assertThat(connector.targets()).allSatisfy(t -> assertThat(t.getAddress().isLoopbackAddress()).isTrue());
        assertThat(connector.nonLoopbackAttempts()).isEmpty();
    }

    @Test
    void aDnsAnswerThatChangesBetweenRequestsCannotSlipThrough() {
        AtomicInteger lookups = new AtomicInteger();
        io.newspipe.producer.guard.HostResolver rebinding = host -> List.of(java.net.InetAddress.getByAddress(
                lookups.getAndIncrement() == 0 ? new byte[] {127, 0, 0, 1} : new byte[] {10, 0, 0, 1}));
        site.file("/page.html", PAGE, "text/html");
        PoliteFetcher f = new PoliteFetcher(settings, rebinding, Clock.systemUTC(), connector);
        FetchOutcome out = f.fetch("http://rebind.test:" + site.port() + "/page.html", FetchKind.PAGE, Validators.NONE);
        assertThat(lookups.get()).isEqualTo(2);
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("blocked_address"));
        assertThat(site.paths()).containsExactly("/robots.txt");
        assertThat(connector.targets()).hasSize(1).allSatisfy(t -> assertThat(t.getAddress().isLoopbackAddress()).isTrue());
    }

    @Test
    void loopbackIsRefusedWhenNotAllowed() {
        settings = settings.withAllowedNetworks(List.of());
        site.file("/ok.html", PAGE, "text/html");
        FetchOutcome out = page(fetcher(), "/ok.html");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("blocked_address"));
        assertThat(connector.targets()).isEmpty();
        assertThat(site.paths()).isEmpty();
    }

    @Test
    void redirectLoopHitsTheLimit() {
        site.route("/loop", ex -> redirect(ex, "/loop"));
        FetchOutcome out = page(fetcher(), "/loop");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("too_many_redirects"));
        assertThat(site.paths()).filteredOn("/loop"::equals).hasSize(settings.maxRedirects() + 1);
    }

    @Test
    void slowDripBodyTimesOut() {
        site.route("/slow.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 100_000);
            OutputStream os = ex.getResponseBody();
            for (int i = 0; i < 100; i++) {
                os.write(new byte[10]);
                os.flush();
                sleep(300);
            }
        });
        long start = System.nanoTime();
        FetchOutcome out = page(fetcher(), "/slow.html");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void silentServerHitsTheReadTimeout() {
        site.route("/silent.html", ex -> sleep(3000));
        FetchOutcome out = page(fetcher(), "/silent.html");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("timeout"));
    }

    @Test
    void endlessBodyIsCutAtTheCap() {
        site.route("/endless.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream os = ex.getResponseBody();
            byte[] chunk = "<p>again and again</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
            while (true) {
                os.write(chunk);
            }
        });
        FetchOutcome out = page(fetcher(), "/endless.html");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class, d -> {
            assertThat(d.reason()).isEqualTo("too_large");
            assertThat(d.partial().body()).hasSize(CAP);
        });
    }

    @Test
    void gzipBombIsCutAtTheCapOfDecodedBytes() throws IOException {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(CAP);
        site.route("/bomb.html", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestSite.send(ex, 200, "text/html", bomb);
        });
        FetchOutcome out = page(fetcher(), "/bomb.html");
        assertThat(out).isInstanceOfSatisfying(FetchOutcome.Failed.class, d -> {
            assertThat(d.reason()).isEqualTo("too_large");
            assertThat(d.partial().body()).hasSize(CAP);
        });
    }

    @Test
    void gzipAndDeflateBodiesAreDecodedToTheServedBytes() throws IOException {
        byte[] gz = gzip(PAGE);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(deflated)) {
            d.write(PAGE);
        }
        site.route("/gz.html", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestSite.send(ex, 200, "text/html", gz);
        });
        site.route("/deflate.html", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            TestSite.send(ex, 200, "text/html", deflated.toByteArray());
        });
        PoliteFetcher f = fetcher();
        assertThat(((FetchOutcome.Fetched) page(f, "/gz.html")).body()).isEqualTo(PAGE);
        assertThat(((FetchOutcome.Fetched) page(f, "/deflate.html")).body()).isEqualTo(PAGE);
    }

    @Test
    void corruptGzipIsABadEncoding() {
        site.route("/broken.html", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestSite.send(ex, 200, "text/html", "this is not gzip at all".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(page(fetcher(), "/broken.html")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isIn("bad_encoding", "io"));
    }

    @Test
    void onlyHtmlPagesPassTheContentTypeFilter() {
        site.route("/logo.png", ex -> TestSite.send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        site.route("/untyped", ex -> TestSite.send(ex, 200, null, PAGE));
        site.route("/xhtml", ex -> TestSite.send(ex, 200, "application/xhtml+xml; charset=utf-8", PAGE));
        PoliteFetcher f = fetcher();
        assertThat(page(f, "/logo.png")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("content_type"));
        assertThat(page(f, "/untyped")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                d -> assertThat(d.reason()).isEqualTo("content_type"));
        assertThat(page(f, "/xhtml")).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(f.fetch(url("/logo.png"), FetchKind.FEED, Validators.NONE)).isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void wrongAndMissingCharsetsKeepTheBytesAsServed() {
        byte[] arabic = "<html><body><p>بغداد عاصمة العراق</p></body></html>".getBytes(Charset.forName("windows-1256"));
        site.route("/wrong.html", ex -> TestSite.send(ex, 200, "text/html; charset=utf-8", arabic));
        site.route("/missing.html", ex -> TestSite.send(ex, 200, "text/html", arabic));
        PoliteFetcher f = fetcher();
        FetchOutcome.Fetched wrong = (FetchOutcome.Fetched) page(f, "/wrong.html");
        FetchOutcome.Fetched missing = (FetchOutcome.Fetched) page(f, "/missing.html");
        assertThat(wrong.body()).isEqualTo(arabic);
        assertThat(wrong.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(missing.body()).isEqualTo(arabic);
        assertThat(missing.contentType()).isEqualTo("text/html");
    }

    @Test
    void chunkedBodiesAreReassembled() {
        byte[] big = "<p>chunked</p>".repeat(2000).getBytes(StandardCharsets.UTF_8);
        site.route("/chunked.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream os = ex.getResponseBody()) {
                for (int i = 0; i < big.length; i += 1000) {
                    os.write(big, i, Math.min(1000, big.length - i));
                    os.flush();
                }
            }
        });
        assertThat(((FetchOutcome.Fetched) page(fetcher(), "/chunked.html")).body()).isEqualTo(big);
    }

    @Test
    void unknownHostAndHttpErrorsAreReasons() {
        PoliteFetcher f = fetcher();
        assertThat(f.fetch("http://nowhere.test/x", FetchKind.PAGE, Validators.NONE))
                .isInstanceOfSatisfying(FetchOutcome.Failed.class, d -> assertThat(d.reason()).isEqualTo("dns"));
        assertThat(page(f, "/missing")).isInstanceOfSatisfying(FetchOutcome.Failed.class, d -> {
            assertThat(d.reason()).isEqualTo("http_404");
            assertThat(d.permanent()).isTrue();
        });
        assertThat(f.fetch("ftp://news.test/x", FetchKind.PAGE, Validators.NONE))
                .isInstanceOfSatisfying(FetchOutcome.Failed.class, d -> assertThat(d.reason()).isEqualTo("bad_url"));
        assertThat(f.fetch("http://exa mple/", FetchKind.PAGE, Validators.NONE))
                .isInstanceOfSatisfying(FetchOutcome.Failed.class, d -> assertThat(d.reason()).isEqualTo("bad_url"));
    }

    private long gapMillis(String firstPath, String secondPath) {
        List<TestSite.Request> reqs = site.requests();
        int i = -1;
        for (int k = 0; k < reqs.size(); k++) {
            if (reqs.get(k).path().equals(firstPath)) {
                i = k;
                break;
            }
        }
        for (int k = i + 1; k < reqs.size(); k++) {
            if (reqs.get(k).path().equals(secondPath)) {
                return (reqs.get(k).startNanos() - reqs.get(i).startNanos()) / 1_000_000;
            }
        }
        throw new AssertionError("no request " + secondPath + " after " + firstPath + " in " + site.paths());
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
