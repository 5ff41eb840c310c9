package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopwordsTest {
    private final Stopwords stopwords = Stopwords.loadForKeywords();

    @Test
    void unionAnswersAsInAnyOfDoes() {
        List<String> languages = List.of("en", "fr");
        java.util.Set<String> union = stopwords.unionOf(languages);
        for (String w : List.of("the", "les", "dans", "which", "parliament", "gouvernement", "ال", "from")) {
            assertThat(union.contains(w)).as(w).isEqualTo(stopwords.inAnyOf(languages, w));
        }
        assertThat(union).contains("the", "les");
        assertThat(union).doesNotContain("parliament");
    }

    @Test
    void unknownLanguagesAddNothing() {
        assertThat(stopwords.unionOf(List.of("xx"))).isEmpty();
    }

    @Test
    void ofAnswersAsContainsDoes() {
        for (String language : java.util.Arrays.asList("en", "fr", "ar", "xx", null)) {
            for (String w : List.of("the", "les", "dans", "parliament", "في", "der", "und")) {
                assertThat(stopwords.of(language).contains(w)).as(language + " " + w)
                        .isEqualTo(stopwords.contains(language, w));
            }
        }
        assertThat(stopwords.of("xx")).contains("the", "der");
    }
}
