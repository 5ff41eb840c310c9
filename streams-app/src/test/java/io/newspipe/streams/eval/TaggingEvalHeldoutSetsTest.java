package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.tag.EntityKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the second to tenth held-out sets load and that their labels are well-formed. The
 * tagger is deliberately not run here: each set is scored on its own by {@code ./newspipe eval tagging --set <name>}
 * (heldout3 to heldout10 were written blind, each to be scored once before its errors are read; see their
 * READMEs).
 */
class TaggingEvalHeldoutSetsTest {
    private static final List<String> LANGUAGES = List.of("ar", "en", "fr", "fa");
    /** The 17 top-level IPTC Media Topics. */
    private static final Set<String> TOP_LEVEL_MEDIA_TOPICS = Set.of("medtop:01000000", "medtop:02000000",
            "medtop:03000000", "medtop:04000000", "medtop:05000000", "medtop:06000000", "medtop:07000000",
            "medtop:08000000", "medtop:09000000", "medtop:10000000", "medtop:11000000", "medtop:12000000",
            "medtop:13000000", "medtop:14000000", "medtop:15000000", "medtop:16000000", "medtop:17000000");
    /** One raw label: a known type, a name, and a GeoNames id only on places. */
    private static final Pattern RAW_LABEL =
            Pattern.compile("(COUNTRY|ORGANIZATION|PERSON):[^|:;]*[^|:;\\s]|PLACE:[^|:;]*[^|:;\\s](\\|geonames:\\d+)?");
    private static final Pattern GEONAMES_ID = Pattern.compile("geonames:[1-9]\\d*");

    /** A held-out set: its name for {@code --set}, id prefix, articles per language and files. */
    record HeldoutSet(String name, String prefix, int perLanguage, int maxBodyWords, List<String> files) {
        List<TaggingEvalSet.LabelledArticle> articles() {
            return TaggingEvalSet.named(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<HeldoutSet> sets() {
        return Stream.of(new HeldoutSet("heldout2", "ho2", 12, 140, TaggingEvalSet.heldoutFiles("heldout2")),
                new HeldoutSet("heldout3", "ho3", 15, 140, TaggingEvalSet.heldoutFiles("heldout3")),
                new HeldoutSet("heldout4", "ho4", 15, 150, TaggingEvalSet.heldoutFiles("heldout4")),
                new HeldoutSet("heldout5", "ho5", 15, 150, TaggingEvalSet.heldoutFiles("heldout5")),
                new HeldoutSet("heldout6", "ho6", 15, 150, TaggingEvalSet.heldoutFiles("heldout6")),
                new HeldoutSet("heldout7", "ho7", 10, 150, TaggingEvalSet.heldoutFiles("heldout7")),
                new HeldoutSet("heldout8", "ho8", 10, 150, TaggingEvalSet.heldoutFiles("heldout8")),
                new HeldoutSet("heldout9", "ho9", 10, 150, TaggingEvalSet.heldoutFiles("heldout9")),
                new HeldoutSet("heldout10", "ho10", 10, 150, TaggingEvalSet.heldoutFiles("heldout10")));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void loadsTheSameNumberOfArticlesPerLanguageWithWellFormedIds(HeldoutSet set) {
        List<TaggingEvalSet.LabelledArticle> articles = set.articles();
        assertThat(articles).hasSize(set.perLanguage() * LANGUAGES.size());
        for (String lang : LANGUAGES) {
            assertThat(articles.stream().filter(a -> lang.equals(a.language())).count()).as(lang)
                    .isEqualTo(set.perLanguage());
        }
        Pattern id = Pattern.compile(set.prefix() + "-(ar|en|fr|fa)-(\\d\\d)");
        assertThat(articles).extracting(TaggingEvalSet.LabelledArticle::id).doesNotHaveDuplicates()
                .allMatch(i -> id.matcher(i).matches()
                        && Integer.parseInt(i.substring(i.length() - 2)) <= set.perLanguage());
        assertThat(articles).allSatisfy(a -> assertThat(a.id()).startsWith(set.prefix() + "-" + a.language() + "-"));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyArticleHasATopLevelTopicATitleAndABodyOfNewsLength(HeldoutSet set) {
        assertThat(set.articles()).allSatisfy(a -> {
            assertThat(a.topic()).as(a.id()).isIn(TOP_LEVEL_MEDIA_TOPICS);
            assertThat(a.title()).as(a.id()).isNotBlank();
            assertThat(a.body().split("\\s+")).as(a.id() + " body words").hasSizeBetween(60, set.maxBodyWords());
            assertThat(a.entities()).as(a.id()).isNotEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyParsedLabelIsWellFormedAndListedOnce(HeldoutSet set) {
        assertThat(set.articles()).allSatisfy(a -> {
            assertThat(a.entities()).as(a.id()).doesNotHaveDuplicates();
            Set<String> keys = new HashSet<>();
            for (TaggingEvalSet.GoldEntity e : a.entities()) {
                assertThat(e.type()).as(a.id()).isIn((Object[]) EntityKind.values());
                assertThat(e.name()).as(a.id()).isNotBlank();
                // a province and its seat may share a name when their GeoNames ids tell them apart
                assertThat(keys.add(e.type() + ":" + e.name() + "|" + e.id())).as(a.id() + " lists " + e.name() + " twice")
                        .isTrue();
                if (e.type() == EntityKind.PLACE && e.id() != null) {
                    assertThat(e.id()).as(a.id() + " " + e.name()).matches(GEONAMES_ID);
                } else {
                    assertThat(e.id()).as(a.id() + " " + e.name() + " has an id but is no place").isNull();
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyRawLabelLineParsesWithoutLoss(HeldoutSet set) throws IOException {
        List<String> raw = new ArrayList<>();
        for (String name : set.files()) {
            for (String line : resource(name).split("\n")) {
                if (line.startsWith("entities:")) {
                    for (String item : line.substring("entities:".length()).split(";")) {
                        raw.add(item.strip());
                    }
                }
            }
        }
        assertThat(raw).allSatisfy(item -> assertThat(item).matches(RAW_LABEL));
        assertThat(set.articles().stream().mapToInt(a -> a.entities().size()).sum()).isEqualTo(raw.size());
    }

    @ParameterizedTest
    @MethodSource("sets")
    void persianTextUsesPersianLettersAndEveryLanguageCoversTwoThirdsAsManyTopLevelTopicsAsArticles(HeldoutSet set) {
        assertThat(set.articles()).filteredOn(a -> "fa".equals(a.language())).allSatisfy(a ->
                assertThat(a.title() + a.body()).as(a.id()).doesNotContain("\u064A", "\u0643").contains("\u06CC"));
        // ten topics for the sets of fifteen articles per language, seven for the ten of heldout7 to heldout10
        long minTopics = (2L * set.perLanguage() + 2) / 3;
        for (String lang : LANGUAGES) {
            assertThat(set.articles().stream().filter(a -> lang.equals(a.language()))
                    .map(TaggingEvalSet.LabelledArticle::topic).distinct().count()).as(lang)
                    .isGreaterThanOrEqualTo(minTopics);
        }
    }

    @Test
    void allHoldsMainHeldoutAndHeldout2ButNotTheBlindHeldout3() {
        List<TaggingEvalSet.LabelledArticle> all = TaggingEvalSet.named("all");
        assertThat(all).hasSize(TaggingEvalSet.bundled().size() + TaggingEvalSet.heldout().size()
                + TaggingEvalSet.heldout2().size());
        assertThat(all).noneMatch(a -> a.id().startsWith("ho3-"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TaggingEvalSet.class.getResourceAsStream("/io/newspipe/streams/tag/eval/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
