package io.newspipe.streams.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import io.newspipe.schemas.NewsSerdes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingPageCodecTest {
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private final WaitingPageCodec codec = new WaitingPageCodec();

    @Test
    void aPageWithItsCandidateBytesComesBackAsTheArticleDedupMade() {
        Article candidate = PartitionedDedupStageTest.candidate("https://example.org/a", "Some text, قال", AT);
        byte[] bytes = NewsSerdes.article().encode(candidate);
        Article article = WaitingPage.restore(candidate, "abc123", "00ff");
        Article refetch = PartitionedDedupStageTest.candidate("https://example.org/a", "Other text.", AT);
        Article refetchArticle = WaitingPage.restore(refetch, "def", null);

        List<WaitingPage> back = codec.decode(codec.encode(List.of(new WaitingPage(article, bytes),
                new WaitingPage(refetchArticle, NewsSerdes.article().encode(refetch)))));

        assertThat(back).extracting(WaitingPage::article).containsExactly(article, refetchArticle);
        assertThat(back.get(0).candidateBytes()).isEqualTo(bytes);
        assertThat(back.get(0).article().getContentHash()).isEqualTo("abc123");
        assertThat(back.get(1).article().getFingerprint()).isNull();
    }

    @Test
    void aPageWithoutCandidateBytesIsKeptWhole() {
        Article article = WaitingPage.restore(
                PartitionedDedupStageTest.candidate("https://example.org/b", "Body.", AT), "h", "f");

        List<WaitingPage> back = codec.decode(codec.encode(List.of(new WaitingPage(article, null))));

        assertThat(back).containsExactly(new WaitingPage(article, null));
    }
}
