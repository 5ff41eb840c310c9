package io.newspipe.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Checks that the bundled pages are what the manifest says they are, so the demo's expectations are sound. */
class DemoContentTest {

    private static final Set<PageKind> ARTICLE_LIKE = Set.of(PageKind.ARTICLE, PageKind.SYNDICATED_COPY,
            PageKind.CORRECTED_V1, PageKind.CORRECTED_V2, PageKind.DISALLOWED);
    private static final String BODY = ".article-body > p, .story-body > p, .article__content > p";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoManifest manifest = DemoManifest.loadFromClasspath();

    @Test
    void everyArticlePageHasMetadataAndAtLeast150WordsOfBody() throws Exception {
        List<ManifestEntry> pages = manifest.entries().stream().filter(e -> ARTICLE_LIKE.contains(e.kind())).toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
        for (ManifestEntry page : pages) {
            Document doc = parse(page);
            JsonNode ld = JSON.readTree(doc.selectFirst("script[type=application/ld+json]").data());
            assertThat(ld.path("@type").asText()).as(page.path()).isEqualTo("NewsArticle");
            assertThat(ld.path("headline").asText()).isEqualTo(doc.selectFirst("h1").text());
            assertThat(ld.path("datePublished").asText()).startsWith("2026-11-");
            assertThat(ld.path("dateModified").asText()).startsWith("2026-11-");
            assertThat(ld.path("author").path(0).path("name").asText()).isNotBlank();
            assertThat(doc.select("meta[property=og:title]")).isNotEmpty();
            assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("{{BASE}}" + page.path());
            assertThat(words(bodyText(doc))).as(page.path()).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void arabicSitesAreRightToLeft() {
        manifest.sites().stream().filter(s -> s.language().equals("ar")).forEach(site ->
                manifest.entries(site.name()).stream().filter(e -> e.kind() == PageKind.ARTICLE).forEach(page -> {
                    Element html = parse(page).selectFirst("html");
                    assertThat(html.attr("dir")).isEqualTo("rtl");
                    assertThat(html.attr("lang")).isEqualTo("ar");
                }));
    }

    @Test
    void theCorrectionAddsAParagraphAndALaterModifiedDate() throws Exception {
        Document v1 = parse(only(PageKind.CORRECTED_V1));
        Document v2 = parse(only(PageKind.CORRECTED_V2));
        assertThat(v2.select(BODY)).hasSize(v1.select(BODY).size() + 1);
        String modified1 = JSON.readTree(v1.selectFirst("script[type=application/ld+json]").data())
                .path("dateModified").asText();
        String modified2 = JSON.readTree(v2.selectFirst("script[type=application/ld+json]").data())
                .path("dateModified").asText();
        assertThat(modified2).isGreaterThan(modified1);
    }

    @Test
    void theCopySharesTheWireTextAndTheHardNegativeDoesNot() {
        ManifestEntry copy = only(PageKind.SYNDICATED_COPY);
        ManifestEntry original = byNote(copy.note(), "copy_of=");
        ManifestEntry negative = manifest.entries().stream().filter(e -> e.note().startsWith("hard_negative_of="))
                .findFirst().orElseThrow();
        assertThat(byNote(negative.note(), "hard_negative_of=")).isEqualTo(original);
        Set<String> wire = shingles(bodyText(parse(original)));
        assertThat(jaccard(wire, shingles(bodyText(parse(copy))))).isGreaterThan(0.6);
        assertThat(jaccard(wire, shingles(bodyText(parse(negative))))).isLessThan(0.05);
    }

    private ManifestEntry only(PageKind kind) {
        return manifest.entries().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    private ManifestEntry byNote(String note, String prefix) {
        String target = note.substring(prefix.length());
        return manifest.entries().stream().filter(e -> (e.site() + e.path()).equals(target)).findFirst().orElseThrow();
    }

    private static Document parse(ManifestEntry page) {
        byte[] bytes = DemoManifest.readBytes(page.resource());
        boolean legacy = page.contentType().contains("windows-1256")
                || new String(bytes, StandardCharsets.ISO_8859_1).contains("charset=windows-1256");
        return Jsoup.parse(new String(bytes, legacy ? Charset.forName("windows-1256") : StandardCharsets.UTF_8));
    }

    private static String bodyText(Document doc) {
        Element oldStyle = doc.selectFirst("#NewsText");
        if (oldStyle != null) {
            return oldStyle.ownText();
        }
        return String.join(" ", doc.select(BODY).eachText());
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    /** Word 4-shingles over text folded the way Arabic copies differ (hamza forms, ta marbuta, ya, Persian ya). */
    private static Set<String> shingles(String text) {
        String folded = text.replaceAll("[\\u0623\\u0625\\u0622]", "\u0627").replace('\u0629', '\u0647')
                .replace('\u0649', '\u064A').replace('\u06CC', '\u064A').replace('\u06A9', '\u0643')
                .replaceAll("[\\u064B-\\u0652\\u0640]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        String[] w = folded.split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= w.length; i++) {
            out.add(String.join(" ", List.of(w).subList(i, i + 4)));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
