package io.newspipe.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class DemoSiteTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static DemoSite site;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        site = DemoSite.start();
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everySiteListensOnItsOwnLoopbackHost() throws IOException {
        assertThat(site.sites()).hasSize(site.manifest().sites().size()).hasSizeGreaterThanOrEqualTo(3);
        for (SiteInfo info : site.sites()) {
            URI base = URI.create(info.baseUrl());
            assertThat(InetAddress.getByName(base.getHost()).isLoopbackAddress()).as(info.baseUrl()).isTrue();
        }
        assertThat(site.sites().stream().map(SiteInfo::baseUrl).distinct()).hasSameSizeAs(site.sites());
    }

    @Test
    void everyFeedAndSitemapIsServedWithAbsoluteUrlsAndEveryItemAnswers200() throws Exception {
        for (SiteInfo info : site.sites()) {
            for (String document : concat(info.feedUrls(), info.sitemapUrls())) {
                HttpResponse<String> response = get(document, Map.of());
                assertThat(response.statusCode()).as(document).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("xml");
                assertThat(response.body()).doesNotContain("{{BASE}}").contains(info.baseUrl() + "/");
                List<String> links = FeedLinks.itemLinks(response.body());
                assertThat(links).as(document).isNotEmpty().allMatch(link -> link.startsWith(info.baseUrl()));
                for (String link : links) {
                    assertThat(get(link, Map.of()).statusCode()).as(link).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void everyExpectedPageAnswers200AndUnknownPathsAnswer404() throws Exception {
        for (String url : site.expectations().fetchedUrls()) {
            assertThat(get(url, Map.of()).statusCode()).as(url).isEqualTo(200);
        }
        assertThat(get(site.url("harbour-herald", "/no/such/page.html"), Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void conditionalGetsAnswer304() throws Exception {
        String feed = site.sites().get(0).feedUrls().get(0);
        HttpResponse<String> first = get(feed, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get(feed, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get(feed, Map.of("If-None-Match", "W/" + etag)).statusCode()).isEqualTo(304);
        assertThat(get(feed, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(get(feed, Map.of("If-None-Match", "\"stale\"")).statusCode()).isEqualTo(200);
        assertThat(get(feed, Map.of("If-None-Match", "\"stale\"", "If-Modified-Since", lastModified))
                .statusCode()).as("If-None-Match wins over If-Modified-Since").isEqualTo(200);
    }

    @Test
    void windows1256PagesDecodeWithThatCharsetOnly() throws Exception {
        List<ManifestEntry> legacy = site.manifest().entries().stream()
                .filter(e -> e.resource().endsWith(".html") && isWindows1256(e)).toList();
        assertThat(legacy).hasSizeGreaterThanOrEqualTo(1);
        for (ManifestEntry entry : legacy) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(site.url(entry.site(),
                    entry.path()))).build(), HttpResponse.BodyHandlers.ofByteArray());
            String header = response.headers().firstValue("Content-Type").orElseThrow();
            assertThat(header).isEqualTo(entry.contentType());
            String text = new String(response.body(), WINDOWS_1256);
            assertThat(text).contains("<h1").containsPattern("[\\u0621-\\u064A]{4,} [\\u0621-\\u064A]{4,}");
            assertThat(header.contains("windows-1256") || text.contains("charset=windows-1256"))
                    .as("the charset is declared in the header or in a meta tag").isTrue();
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("not UTF-8").contains("\uFFFD");
        }
    }

    @Test
    void publishCorrectionChangesTheCorrectedPageAndItsEtag() throws Exception {
        ManifestEntry corrected = site.manifest().entries().stream()
                .filter(e -> e.kind() == PageKind.CORRECTED_V1).findFirst().orElseThrow();
        String url = site.url(corrected.site(), corrected.path());
        HttpResponse<String> before = get(url, Map.of());
        String etag = before.headers().firstValue("ETag").orElseThrow();

        site.publishCorrection();

        HttpResponse<String> conditional = get(url, Map.of("If-None-Match", etag));
        assertThat(conditional.statusCode()).isEqualTo(200);
        assertThat(conditional.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(conditional.body()).isNotEqualTo(before.body()).contains("Correctif");
        assertThat(before.body()).doesNotContain("Correctif");
        String afterEtag = conditional.headers().firstValue("ETag").orElseThrow();
        assertThat(get(url, Map.of("If-None-Match", afterEtag)).statusCode()).isEqualTo(304);
    }

    @Test
    void robotsTxtDisallowsEveryDisallowedPageAndAllowsTheRest() throws Exception {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        for (SiteInfo info : site.sites()) {
            HttpResponse<byte[]> robots = http.send(HttpRequest.newBuilder(URI.create(info.baseUrl() + "/robots.txt"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(robots.statusCode()).isEqualTo(200);
            BaseRobotRules rules = parser.parseContent(info.baseUrl() + "/robots.txt", robots.body(),
                    "text/plain", List.of("newspipe"));
            assertThat(rules.getCrawlDelay()).as("no crawl delay beyond a tiny one").isLessThanOrEqualTo(100L);
            for (ManifestEntry entry : site.manifest().entries(info.name())) {
                boolean allowed = rules.isAllowed(info.baseUrl() + entry.path());
                assertThat(allowed).as(entry.path()).isEqualTo(entry.kind() != PageKind.DISALLOWED);
            }
        }
        assertThat(site.expectations().disallowedUrls()).isNotEmpty();
    }

    @Test
    void sourcesFileFollowsTheContract(@TempDir Path dir) throws Exception {
        Path file = site.writeSourcesYaml(dir);
        Map<String, Object> yaml = new Yaml().load(java.nio.file.Files.readString(file));
        @SuppressWarnings("unchecked")
        Map<String, Object> fetch = (Map<String, Object>) yaml.get("fetch");
        assertThat(fetch).containsEntry("allowed_networks", List.of("127.0.0.0/8"))
                .containsEntry("delay_per_host", "0s").containsKey("user_agent");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sites = (List<Map<String, Object>>) yaml.get("sites");
        assertThat(sites).extracting(s -> s.get("name"))
                .containsExactlyElementsOf(site.sites().stream().map(SiteInfo::name).toList());
        assertThat(sites.get(0).get("feeds")).isEqualTo(site.sites().get(0).feedUrls());
        assertThat(sites).allSatisfy(s -> assertThat(s.keySet())
                .containsExactlyInAnyOrder("name", "feeds", "sitemaps", "start_pages", "poll_interval"));
    }

    @Test
    void headRequestsGiveHeadersWithoutBody() throws Exception {
        String url = site.expectations().fetchedUrls().get(0);
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isPresent();
    }

    private static boolean isWindows1256(ManifestEntry entry) {
        if (entry.contentType().contains("windows-1256")) {
            return true;
        }
        return new String(DemoManifest.readBytes(entry.resource()), StandardCharsets.ISO_8859_1)
                .contains("charset=windows-1256");
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
