package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.bench.BenchPage.Kind;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {
    private static final List<SourcePage> SOURCES = List.of(
            page("https://a.example/one", "<html><body><p>First story.</p><p>More.</p></body></html>"),
            page("https://b.example/two?x=1#top", "<html><body><P>Second story.</P></body></html>"),
            page("https://c.example/three", "<html><body><div>No paragraphs</div></body></html>"));

    @Test
    void mixesOriginalsCopiesRevisionsAndRefetchesInFixedShares() {
        List<BenchPage> pages = BenchCorpus.generate(SOURCES, 200, 0);

        Map<Kind, Long> kinds = pages.stream().collect(Collectors.groupingBy(BenchPage::kind, Collectors.counting()));
        assertThat(kinds).containsEntry(Kind.ORIGINAL, 140L).containsEntry(Kind.COPY, 30L)
                .containsEntry(Kind.REVISION, 20L).containsEntry(Kind.REFETCH, 10L);
    }

    @Test
    void theWarmUpTimedBatchAndPhasesHaveSuffixesOfOneWidthAndNoVariantInCommon() {
        // far more variants than a run makes (its 30,000-page warm-up cap makes 21,000 originals)
        int span = 200_000;
        List<Integer> firsts = List.of(BenchCorpus.WARMUP_VARIANTS, BenchCorpus.TIMED_VARIANTS,
                BenchCorpus.phaseVariants(1), BenchCorpus.phaseVariants(2), BenchCorpus.phaseVariants(4));
        for (int first : firsts) {
            assertThat(Integer.toString(first, 36)).hasSize(5);
            assertThat(Integer.toString(first + span, 36)).hasSize(5);
            for (int other : firsts) {
                if (other != first) {
                    assertThat(other >= first + span || other + span <= first).as(first + " and " + other).isTrue();
                }
            }
        }
        assertThat(text(BenchCorpus.generate(SOURCES, 1, BenchCorpus.TIMED_VARIANTS).get(0)))
                .contains("q" + Integer.toString(BenchCorpus.TIMED_VARIANTS, 36));
    }

    @Test
    void originalsAndCopiesHaveUrlsNoOtherPageHas() {
        List<BenchPage> pages = BenchCorpus.generate(SOURCES, 200, 0);
        Set<String> seen = new HashSet<>();
        Set<String> originals = pages.stream().filter(p -> p.kind() == Kind.ORIGINAL).map(BenchPage::url)
                .collect(Collectors.toSet());

        for (BenchPage p : pages) {
            if (p.kind() == Kind.ORIGINAL || p.kind() == Kind.COPY) {
                assertThat(seen.add(p.url())).as(p.url()).isTrue();
            } else {
                assertThat(originals).contains(p.url());
            }
        }
        assertThat(pages.get(1).url()).isEqualTo("https://b.example/two?x=1&np-bench=1");
    }

    @Test
    void originalsOfTheSameSourceDifferAndRevisionsDifferFromTheirOriginal() {
        List<BenchPage> pages = BenchCorpus.generate(SOURCES, 40, 0);
        Map<String, BenchPage> originals = pages.stream().filter(p -> p.kind() == Kind.ORIGINAL)
                .collect(Collectors.toMap(BenchPage::url, Function.identity()));

        // marked per paragraph, then reworded (a variant suffix on about one word in three)
        assertThat(text(pages.get(0))).isNotEqualTo(text(pages.get(3))).contains("First", "[v0", "</p><p>More");
        assertThat(text(pages.get(1))).contains("Second").contains("[v1").contains("</P>");
        assertThat(text(pages.get(2))).contains("<p> [v2");
        pages.stream().filter(p -> p.kind() == Kind.REVISION).forEach(r ->
                assertThat(text(r)).isNotEqualTo(text(originals.get(r.url()))));
        pages.stream().filter(p -> p.kind() == Kind.REFETCH).forEach(r ->
                assertThat(r.body()).isEqualTo(originals.get(r.url()).body()));
    }

    @Test
    void markingKeepsNonAsciiBytesIntact() {
        byte[] windows1256 = {'<', 'p', '>', (byte) 0xC7, (byte) 0xE1, '<', '/', 'p', '>'};

        byte[] marked = BenchCorpus.mark(windows1256, "v7");

        assertThat(marked).startsWith((byte) '<', (byte) 'p', (byte) '>', (byte) 0xC7, (byte) 0xE1);
        assertThat(new String(marked, StandardCharsets.ISO_8859_1)).endsWith(" [v7]</p>");
    }

    private static SourcePage page(String url, String html) {
        return new SourcePage(url, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "test");
    }

    private static String text(BenchPage p) {
        return new String(p.body(), StandardCharsets.UTF_8);
    }

    @Test
    void variantsDropTheDeclaredCanonicalUrlSoEachIsItsOwnArticle() {
        String html = "<html><head><LINK rel=\"canonical\" href=\"https://s.example/a\">"
                + "<meta property='og:url' content='https://s.example/a'><title>t</title></head>"
                + "<body><p>Text.</p></body></html>";
        String out = new String(BenchCorpus.withoutDeclaredUrl(html.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("canonical").doesNotContain("og:url").contains("<title>t</title>", "<p>Text.</p>");
    }

    @Test
    void rewordingChangesAboutAThirdOfTheWordsAndNeverTags() {
        String html = "<p class=\"lead\">" + "alpha beta gamma delta ".repeat(30) + "\u0628\u063a\u062f\u0627\u062f</p>";
        String out = new String(BenchCorpus.reword(html.getBytes(StandardCharsets.UTF_8), 7), StandardCharsets.UTF_8);
        assertThat(out).startsWith("<p class=\"lead\">").endsWith("</p>").doesNotContain("\ufffd");
        long changed = java.util.Arrays.stream(out.replaceAll("<[^>]*>", "").split(" ")).filter(w -> w.contains("q7")).count();
        assertThat(changed).isBetween(25L, 60L);
        assertThat(BenchCorpus.reword(html.getBytes(StandardCharsets.UTF_8), 8))
                .isNotEqualTo(BenchCorpus.reword(html.getBytes(StandardCharsets.UTF_8), 7));
    }
}
