package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DedupStateCodecTest {
    private final DedupConfig config = DedupConfig.defaults();
    private final DedupStateCodec codec = new DedupStateCodec(config);
    private final TextFingerprinter fingerprinter = new TextFingerprinter(config);

    @Test
    void articleStateRoundTrips() {
        String url = new UrlCanonicalizer().canonicalize("https://www.example-akhbar.net/news/2025/11/29/زلزال-يضرب-ملاطية");
        ArticleState state = new ArticleState(1_764_374_400_123L, 0x8000_0000_0000_0001L, 3,
                fingerprinter.fingerprint(DedupFixtures.STORY).signature(), url);
        ArticleState decoded = codec.decodeArticle(codec.encodeArticle(state));
        assertThat(decoded).isEqualTo(state);
        assertThat(decoded.articleId()).isEqualTo(ArticleIds.idOf(url));
        ArticleState duplicate = state.withStatus(ArticleState.Status.DUPLICATE, -42L);
        assertThat(codec.decodeArticle(codec.encodeArticle(duplicate))).isEqualTo(duplicate);
        assertThat(codec.encodeArticle(duplicate)).hasSize(codec.encodeArticle(state).length + 8);
        assertThat(state.withStatus(ArticleState.Status.PENDING, 7L).duplicateOfIdHash()).isZero();
    }

    @Test
    void urlsOfEveryShapeRoundTrip() {
        for (String url : List.of("https://www.a.com/%D8%A7", "http://a.com/x%41", "ftp://x", "https://b.org/é",
                "%FF", "http://www.x.com/", "")) {
            assertThat(DedupStateCodec.CompactUrl.decode(DedupStateCodec.CompactUrl.encode(url))).isEqualTo(url);
        }
    }

    @Test
    void arabicSlugsAreStoredAsRawBytes() {
        String url = "https://www.example.net/news/%D8%B2%D9%84%D8%B2%D8%A7%D9%84";
        assertThat(DedupStateCodec.CompactUrl.encode(url)).hasSize(1 + "example.net/news/".length() + 10);
    }

    @Test
    void stateOfATypicalArticleIsUnder512Bytes() {
        String url = "https://www.example-news.com/world/2025/11/29/magnitude-6-1-earthquake-strikes-eastern-turkey";
        ArticleState state = ArticleState.first(1_764_374_400_000L, fingerprinter.fingerprint(DedupFixtures.STORY), url);
        int bytes = codec.bytesPerArticle(state);
        assertThat(bytes).isEqualTo(8 + codec.encodeArticle(state).length + 14 * 17).isLessThan(512);
    }

    @Test
    void bandEntriesRoundTripAndKeyIsEightBytes() {
        List<DedupStateCodec.BandEntry> entries = List.of(new DedupStateCodec.BandEntry(-5L, 1_764_374_400L),
                new DedupStateCodec.BandEntry(42L, 4_000_000_000L));
        assertThat(DedupStateCodec.decodeBandEntries(DedupStateCodec.encodeBandEntries(entries))).isEqualTo(entries);
        assertThat(DedupStateCodec.bandKey(7L)).hasSize(8);
        assertThat(DedupStateCodec.articleKey(ArticleIds.idOf("https://a.com/"))).hasSize(8);
    }
}
