package io.newspipe.streams.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.RawPage;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.limits.ArticleSizeLimit;
import io.newspipe.streams.limits.TimeBudget;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page whose extraction outlasts the budget is a dead letter with reason timeout; the stage goes on. */
class ExtractStageTimeoutTest {

    private static byte[] raw(String url, String html) {
        return NewsSerdes.rawPage().encode(RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.EPOCH)
                .setHttpStatus(200).setContentType("text/html; charset=utf-8").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8))).setSource("test").setSite(null)
                .setCrawlMetadata(Map.of()).build());
    }

    @Test
    void aPageThatTakesTooLongIsDeadLetteredAsTimeout() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "text" + "</div>".repeat(100_000) + "</body></html>";
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(5), 2)) {
            ExtractStage stage = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), 10_000_000,
                    new ArticleSizeLimit(ArticleSizeLimit.DEFAULT_MAX_BYTES), budget, Clock.systemUTC());

            StageResult result = stage.apply("https://x.example/deep", raw("https://x.example/deep", deep));

            assertThat(result.isDeadLetter()).isTrue();
            assertThat(result.deadLetter().getStage()).isEqualTo("extract");
            assertThat(result.deadLetter().getReason()).isEqualTo("timeout");
        }
    }

    @Test
    void withinTheBudgetTheOutcomeIsUnchanged() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(30), 2)) {
            ExtractStage stage = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), 10_000_000,
                    new ArticleSizeLimit(ArticleSizeLimit.DEFAULT_MAX_BYTES), budget, Clock.systemUTC());

            StageResult result = stage.apply("https://x.example/short",
                    raw("https://x.example/short", "<html><body><p>Nothing here.</p></body></html>"));

            assertThat(result.deadLetter().getReason()).isEqualTo("not_an_article");
        }
    }

    @Test
    void aTimedOutPageLargerThanAnArticleMayBeLosesItsBodyNotItsDeadLetter() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "text" + "</div>".repeat(100_000) + "</body></html>";
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(5), 2)) {
            ExtractStage stage = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), 10_000_000,
                    new ArticleSizeLimit(100_000), budget, Clock.systemUTC());

            StageResult result = stage.apply("https://x.example/deep", raw("https://x.example/deep", deep));

            assertThat(result.deadLetter().getReason()).isEqualTo("timeout");
            assertThat(result.deadLetter().getRawPage().getBody().remaining()).isZero();
            assertThat(result.deadLetter().getRawPage().getUrl()).isEqualTo("https://x.example/deep");
            assertThat(result.deadLetter().getDetail()).contains("dropped from this dead letter");
        }
    }

    @Test
    void aRejectedPageWithinTheArticleLimitKeepsItsBody() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(30), 2)) {
            ExtractStage stage = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), 10_000_000,
                    new ArticleSizeLimit(100_000), budget, Clock.systemUTC());

            StageResult result = stage.apply("https://x.example/short",
                    raw("https://x.example/short", "<html><body><p>Nothing here.</p></body></html>"));

            assertThat(result.deadLetter().getRawPage().getBody().remaining()).isPositive();
        }
    }
}
