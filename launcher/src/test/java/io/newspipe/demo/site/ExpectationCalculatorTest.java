package io.newspipe.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExpectationCalculatorTest {

    private static DemoManifest manifest;
    private static DemoExpectations expected;

    @BeforeAll
    static void compute() {
        manifest = DemoManifest.loadFromClasspath();
        Map<String, String> bases = new LinkedHashMap<>();
        manifest.sites().forEach(s -> bases.put(s.name(), "http://" + s.address() + ":8080"));
        expected = ExpectationCalculator.compute(manifest, bases);
    }

    @Test
    void theAccountingInvariantHolds() {
        assertThat(expected.outputRecords()).isEqualTo(expected.rawPages());
        assertThat(expected.fetchedUrls()).hasSize(expected.rawPages() - expected.revisions());
        assertThat(expected.listedPages()).isEqualTo(expected.fetchedUrls().size() + expected.disallowedPages());
    }

    @Test
    void everyArticleOfTheManifestIsReachableThroughAFeedOrSitemap() {
        long articlePages = count(e -> e.kind() == PageKind.ARTICLE || e.kind() == PageKind.CORRECTED_V1);
        assertThat(expected.articles()).isEqualTo(articlePages).isGreaterThanOrEqualTo(30);
        assertThat(expected.articlePagesListed()).isEqualTo(articlePages + count(e -> e.kind() == PageKind.SYNDICATED_COPY));
    }

    @Test
    void copiesRevisionsBrokenAndDisallowedPagesAreCounted() {
        assertThat(expected.duplicates()).isEqualTo(count(e -> e.kind() == PageKind.SYNDICATED_COPY)).isPositive();
        assertThat(expected.revisions()).isEqualTo(count(e -> e.kind() == PageKind.CORRECTED_V2)).isPositive();
        assertThat(expected.disallowedPages()).isEqualTo(count(e -> e.kind() == PageKind.DISALLOWED)).isPositive();
        long broken = count(e -> e.kind() == PageKind.BROKEN);
        assertThat(broken).isPositive();
        assertThat(expected.deadLetters()).as("broken pages plus the listings a sitemap names")
                .isGreaterThan((int) broken);
    }

    @Test
    void homePagesAreNeverListedAndDisallowedPagesNeverFetched() {
        manifest.sites().forEach(s -> assertThat(expected.fetchedUrls())
                .doesNotContain("http://" + s.address() + ":8080/"));
        assertThat(expected.fetchedUrls()).doesNotContainAnyElementsOf(expected.disallowedUrls());
        assertThat(expected.disallowedUrls()).allMatch(u -> u.matches(".*/(preview|staging|brouillons)/.*"));
    }

    private static long count(Predicate<ManifestEntry> kind) {
        return manifest.entries().stream().filter(kind).count();
    }
}
