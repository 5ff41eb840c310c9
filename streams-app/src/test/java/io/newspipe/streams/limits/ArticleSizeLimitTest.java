package io.newspipe.streams.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.avro.Article;
import io.newspipe.schemas.NewsSerdes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSizeLimitTest {

    private static Article article(String body) {
        return Article.newBuilder().setId("id").setUrl("https://a.example/x").setCanonicalUrl("https://a.example/x")
                .setRevision(1).setSite("a.example").setTitle("t").setLead("l").setBodyText(body).setBodyHtml(body)
                .setAuthors(List.of()).setPublishedAt(null).setModifiedAt(null).setFetchedAt(Instant.EPOCH)
                .setLanguage("en").setTextDirection("ltr").setImageUrl(null).setSiteKeywords(List.of())
                .setKeywords(List.of()).setEntities(List.of()).setTopics(List.of()).setContentHash("h")
                .setFingerprint(null).setExtractorVersion("v").build();
    }

    @Test
    void anArticleWithinTheLimitFits() {
        assertThat(new ArticleSizeLimit(900_000).excessSize(article("a".repeat(10_000)))).isEqualTo(-1);
    }

    @Test
    void textAndHtmlTogetherCountAndTheExactEncodedSizeIsReported() {
        Article big = article("a".repeat(500_000));
        int encoded = NewsSerdes.article().encode(big).length;
        assertThat(new ArticleSizeLimit(900_000).excessSize(big)).isEqualTo(encoded).isGreaterThan(1_000_000);
        assertThat(new ArticleSizeLimit(encoded).excessSize(big)).isEqualTo(-1);
    }

    @Test
    void multiByteTextIsMeasuredInBytesNotChars() {
        Article arabic = article("خبر".repeat(100_000));
        assertThat(new ArticleSizeLimit(900_000).excessSize(arabic)).isGreaterThan(900_000);
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new ArticleSizeLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
