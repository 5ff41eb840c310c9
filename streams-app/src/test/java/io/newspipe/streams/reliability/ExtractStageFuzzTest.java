package io.newspipe.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Hostile pages through the extract stage (decoder, extractor, canonicaliser behind it): random and
 * mutated HTML, deep nesting, huge attributes, invalid UTF-8, NUL bytes, a 50 MB page, truncated gzip
 * served as HTML. Every case must end as an article or a dead letter with a stage and a reason, with no
 * exception escaping; the slowest case per kind is written to {@code target/reliability/}.
 */
class ExtractStageFuzzTest {
    private static final int DEFAULT_LIMIT = 10 * 1024 * 1024;
    private final ExtractStage stage = stage(DEFAULT_LIMIT);

    private static ExtractStage stage(int maxPageBytes) {
        return new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), maxPageBytes, Clock.systemUTC());
    }

    private StageResult run(String caseName, String url, byte[] value) {
        StageResult result = BadInputLedger.timed(caseName, () -> stage.apply(url, value));
        assertThat(BadInputLedger.accountedFor(result)).as("%s ends as an article or a reasoned dead letter: %s",
                caseName, result).isTrue();
        return result;
    }

    @Property(tries = 400)
    void randomHtmlEndsAsArticleOrDeadLetter(@ForAll("randomHtml") String html, @ForAll("urls") String url) {
        run("random_html", url, BadPages.html(url, html.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 400)
    void mutatedArticlePagesEndAsArticleOrDeadLetter(@ForAll("mutatedPages") byte[] body) {
        run("mutated_html", "https://dailyharbor.example/news/mutated", BadPages.html("https://dailyharbor.example/x", body));
    }

    @Property(tries = 300)
    void randomBytesAsHtmlInAnyDeclaredCharset(@ForAll byte[] body, @ForAll("contentTypes") String contentType) {
        run("random_bytes_as_html", "https://noise.example/a",
                BadPages.record("https://noise.example/a", body, contentType, Map.of()));
    }

    @Property(tries = 300)
    void anyUrlStringIsAccountedFor(@ForAll String url) {
        run("random_url", url, BadPages.html(url, BadPages.goodPage()));
    }

    @Example
    void nesting100000LevelsDeep() {
        run("nesting_100000", "https://deep.example/a", BadPages.html("https://deep.example/a", BadPages.deeplyNested(100_000)));
    }

    @Example
    void hugeAttributeOf8Megabytes() {
        run("attribute_8mb", "https://attr.example/a", BadPages.html("https://attr.example/a",
                BadPages.hugeAttribute(8 * 1024 * 1024)));
    }

    @Example
    void invalidUtf8AndNulBytes() {
        byte[] invalid = BadPages.goodPage().clone();
        for (int i = 40; i < invalid.length; i += 37) {
            invalid[i] = (byte) (0x80 | (i & 0x3F));
        }
        run("invalid_utf8", "https://bytes.example/a", BadPages.html("https://bytes.example/a", invalid));
        run("nul_bytes", "https://bytes.example/b", BadPages.html("https://bytes.example/b", BadPages.withNuls(5)));
    }

    @Example
    void truncatedGzipServedAsHtml() {
        byte[] gz = BadPages.truncatedGzip();
        run("truncated_gzip", "https://gz.example/a", BadPages.html("https://gz.example/a", gz));
        StageResult declared = run("truncated_gzip_declared", "https://gz.example/b", BadPages.record(
                "https://gz.example/b", gz, "text/html", Map.of("Content-Encoding", "gzip")));
        assertThat(declared.isDeadLetter()).as("half a gzip stream is not an article").isTrue();
    }

    @Example
    void fiftyMegabytePageIsDeadLetteredTooLargeUnderTheDefaultLimit() {
        StageResult result = run("page_50mb_default_limit", "https://big.example/a",
                BadPages.html("https://big.example/a", BadPages.bigPage(50 * 1024 * 1024)));
        assertThat(result.isDeadLetter()).isTrue();
        assertThat(result.deadLetter().getReason()).isEqualTo("too_large");
    }

    @Example
    void fiftyMegabytePageWithTheLimitRaisedStillEndsInBoundedTime() {
        ExtractStage permissive = stage(64 * 1024 * 1024);
        byte[] value = BadPages.html("https://big.example/b", BadPages.bigPage(50 * 1024 * 1024));
        StageResult result = BadInputLedger.timed("page_50mb_limit_raised", () -> permissive.apply("https://big.example/b", value));
        assertThat(BadInputLedger.accountedFor(result)).isTrue();
    }

    @Example
    void aPageWhoseArticleWouldNotFitTheOutputTopicsIsDeadLetteredWithoutItsBody() {
        StageResult result = run("article_over_900kb", "https://big.example/c",
                BadPages.html("https://big.example/c", BadPages.bigPage(2_000_000)));
        assertThat(result.isDeadLetter()).isTrue();
        assertThat(result.deadLetter().getReason()).isEqualTo("too_large");
        assertThat(result.deadLetter().getDetail()).startsWith("article of ");
        assertThat(result.deadLetter().getRawPage().getBody().remaining()).isZero();
    }

    @Example
    void tombstoneAndEmptyValues() {
        assertThat(run("tombstone", "https://t.example/a", null).deadLetter().getReason()).isEqualTo("undecodable");
        run("empty_body", "https://t.example/b", BadPages.html("https://t.example/b", new byte[0]));
    }

    @AfterContainer
    static void writeFigures() {
        BadInputLedger.flush("extract-stage");
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("https://example.org/a?utm_source=x#f", "http://EXAMPLE.org:80/a/../b/", "",
                        "javascript:alert(1)", "https://[::1]:99999/", "https://例え.テスト/ニュース", "//x", "http://%zz/"));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256",
                "text/html; charset=nonsense-42", "text/html; charset=\"", "application/octet-stream", "",
                "text/html; charset=UTF-16", "text/html; charset=x-user-defined");
    }

    @Provide
    Arbitrary<String> randomHtml() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<script>", "</script>",
                        "<style>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x10FFFF;", "&nbsp",
                        "<table><tr><td>", "<svg><foreignObject>", "<math>", "<template>", "<iframe srcdoc='<p>x'>",
                        "<a href='javascript:alert(1)'>", "<p onclick=alert(1)>", "<html>", "<body>", "<head>",
                        "<meta charset=windows-1256>", "<title>", "</title>", "<base href=//evil>", "\u0000",
                        "\u202E", "\uFEFF", "<", ">", "\"", "'", "=", "<plaintext>", "<noscript>", "<h1>"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(30)
                        .map(s -> s + " "),
                Arbitraries.of("the council voted on the harbor budget and the strike ended after talks. "));
        return tokens.list().ofMaxSize(300).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<byte[]> mutatedPages() {
        byte[] good = BadPages.goodPage();
        Arbitrary<int[]> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, good.length - 1),
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 255)).as((kind, at, len, b) -> new int[] {kind, at, len, b});
        return mutation.list().ofMinSize(1).ofMaxSize(12).map(ms -> mutate(good, ms));
    }

    private static byte[] mutate(byte[] good, List<int[]> mutations) {
        byte[] cur = good.clone();
        for (int[] m : mutations) {
            int at = Math.min(m[1], cur.length);
            int len = Math.min(m[2], cur.length - at);
            cur = switch (m[0]) {
                case 0 -> concat(cur, at, new byte[0], at + len);           // delete a range
                case 1 -> concat(cur, at, new byte[] {(byte) m[3]}, at);      // insert a byte
                case 2 -> concat(cur, at + len, slice(cur, at, len), at);     // duplicate a range
                case 3 -> java.util.Arrays.copyOf(cur, at);                   // truncate
                default -> {                                                  // overwrite bytes
                    byte[] c = cur.clone();
                    for (int i = at; i < at + Math.min(len, 8); i++) {
                        c[i] = (byte) (m[3] + i);
                    }
                    yield c;
                }
            };
        }
        return cur;
    }

    private static byte[] slice(byte[] a, int from, int len) {
        return java.util.Arrays.copyOfRange(a, from, from + len);
    }

    private static byte[] concat(byte[] a, int headEnd, byte[] middle, int tailStart) {
        byte[] out = new byte[headEnd + middle.length + (a.length - tailStart)];
        System.arraycopy(a, 0, out, 0, headEnd);
        System.arraycopy(middle, 0, out, headEnd, middle.length);
        System.arraycopy(a, tailStart, out, headEnd + middle.length, a.length - tailStart);
        return out;
    }
}
