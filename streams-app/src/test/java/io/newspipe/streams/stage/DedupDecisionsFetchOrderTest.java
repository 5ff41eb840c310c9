package io.newspipe.streams.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupDecisionsFetchOrderTest {
    private static final Instant T0 = Instant.parse("2026-01-05T06:00:00Z");

    private static Article candidate(Instant fetched, String hash) {
        return Article.newBuilder().setId("id-1").setUrl("https://a.example/x").setCanonicalUrl("https://a.example/x")
                .setRevision(1).setSite("a.example").setTitle("t").setLead("l").setBodyText("b").setBodyHtml(null)
                .setAuthors(List.of()).setPublishedAt(null).setModifiedAt(null).setFetchedAt(fetched)
                .setLanguage("en").setTextDirection("ltr").setImageUrl(null).setSiteKeywords(List.of())
                .setKeywords(List.of()).setEntities(List.of()).setTopics(List.of()).setContentHash(hash)
                .setFingerprint(null).setExtractorVersion("v").build();
    }

    @Test
    void aNewerFetchIsTheNextRevision() {
        SeenUrl seen = new SeenUrl("id-1", 2, "h2", T0.toEpochMilli());
        StageResult result = DedupDecisions.byUrlInFetchOrder(candidate(T0.plusSeconds(60), "h3"), seen);
        assertThat(result.isArticle()).isTrue();
        assertThat(result.article().getRevision()).isEqualTo(3);
    }

    @Test
    void anOlderFetchArrivingLateIsSupersededNotTheNewestRevision() {
        SeenUrl seen = new SeenUrl("id-1", 2, "h2", T0.toEpochMilli());
        StageResult result = DedupDecisions.byUrlInFetchOrder(candidate(T0.minusSeconds(60), "h1"), seen);
        assertThat(result.isDuplicate()).isTrue();
        assertThat(result.duplicate().getMethod()).isEqualTo(DedupDecisions.SUPERSEDED);
        assertThat(result.duplicate().getDuplicateOf()).isEqualTo("id-1");
        assertThat(result.duplicate().getUrl()).isEqualTo("https://a.example/x");
    }

    @Test
    void theFirstFetchOfAUrlIsRevisionOne() {
        StageResult result = DedupDecisions.byUrlInFetchOrder(candidate(T0, "h1"), null);
        assertThat(result.article().getRevision()).isEqualTo(1);
    }
}
