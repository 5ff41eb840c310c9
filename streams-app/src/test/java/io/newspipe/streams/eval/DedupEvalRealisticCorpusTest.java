package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DedupEvalRealisticCorpusTest {
    private static final List<DedupEvalPair> CORPUS = DedupEvalRealisticCorpus.generate();
    private static final Set<String> HARD_NEGATIVES = Set.of("same_event", "same_event_syndicated", "follow_up",
            "live_blog", "site_boilerplate", "recap_background", "template_brief");

    @Test
    void theGeneratorIsDeterministic() {
        assertThat(DedupEvalRealisticCorpus.generate()).isEqualTo(CORPUS);
    }

    @Test
    void sizeLanguagesAndHardNegativesAsPromised() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(600);
        Map<String, Long> byLang = CORPUS.stream().collect(Collectors.groupingBy(DedupEvalPair::lang, Collectors.counting()));
        assertThat(byLang).containsOnlyKeys("ar", "en", "fr");
        byLang.values().forEach(n -> assertThat(n).isGreaterThanOrEqualTo(300));
        assertThat(CORPUS.stream().filter(p -> HARD_NEGATIVES.contains(p.kind())).count()).isGreaterThanOrEqualTo(150);
        assertThat(CORPUS.stream().map(DedupEvalPair::id).distinct().count()).isEqualTo(CORPUS.size());
    }

    @Test
    void labelsAreConsistentWithTheKinds() {
        for (DedupEvalPair p : CORPUS) {
            assertThat(p.label()).as(p.id()).isEqualTo(HARD_NEGATIVES.contains(p.kind())
                    || "different_story".equals(p.kind()) ? 0 : 1);
            assertThat(p.sameUrl()).as(p.id()).isEqualTo(p.kind().startsWith("revision_"));
            assertThat(p.a() + p.b()).as(p.id()).doesNotContain("{").doesNotContain("}");
            if (p.label() == 0) {
                assertThat(p.a()).as(p.id()).isNotEqualTo(p.b());
            }
        }
    }

    /** No two texts labelled distinct are linked through a chain of pairs labelled duplicate. */
    @Test
    void noDistinctPairIsJoinedByDuplicatePairs() {
        Map<String, String> parent = new HashMap<>();
        CORPUS.stream().filter(p -> p.label() == 1).forEach(p -> union(parent, p.a(), p.b()));
        for (DedupEvalPair p : CORPUS) {
            if (p.label() == 0) {
                assertThat(find(parent, p.a())).as(p.id()).isNotEqualTo(find(parent, p.b()));
            }
        }
    }

    @Test
    void briefsFillEverySlotFromItsRange() {
        DedupEvalStory template = new DedupEvalStory("t", "en", "t", "{city:Leeds|York} at {t:#5-9}C",
                List.of("{city} will see {t} degrees and {p:#0.5-0.7} mm.", "Again {city}."));
        DedupEvalStory brief = new DedupEvalBriefs(new Random(1)).instantiate(template, 0);
        assertThat(brief.title()).matches("(Leeds|York) at [5-9]C");
        assertThat(brief.paragraphs().get(0)).matches("(Leeds|York) will see [5-9] degrees and 0\\.[5-7] mm\\.");
        assertThat(brief.paragraphs().get(1)).isEqualTo("Again " + brief.title().split(" ")[0] + ".");
    }

    @Test
    void spellingAndNumberVariants() {
        assertThat(DedupEvalSpelling.british("The color of the organization's defense centers"))
                .isEqualTo("The colour of the organisation's defence centres");
        assertThat(DedupEvalSpelling.british("size prize seize")).isEqualTo("size prize seize");
        assertThat(DedupEvalSpelling.numbers("1,200 people, 5% more", "en")).isEqualTo("1200 people, 5 percent more");
        assertThat(DedupEvalSpelling.numbers("1 500 euros, 5,4 %", "fr")).isEqualTo("1500 euros, 5,4%");
        assertThat(DedupEvalSpelling.numbers("بلغت 32%", "ar")).isEqualTo("بلغت ٣٢ في المئة");
        assertThat(DedupEvalRealisticCorpus.plainCapitals("À Évry, État")).isEqualTo("A Evry, Etat");
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
