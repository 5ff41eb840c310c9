package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The smaller top-level topics (education, labour, religion, weather, arts, lifestyle, human interest, society,
 * environment) are found in each of ar, en, fr and fa on short articles written for this test
 * ({@code topic-sentences.tsv}), and their broader words do not pull articles of the larger topics away
 * (conflict, crime, politics, economy, health, sport, science, disaster); through the full tagger so that
 * entity rules take part too.
 */
class TopicLexiconCoverageTest {
    private static final ArticleTagger TAGGER = new ArticleTagger();

    static List<Arguments> sentences() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = TopicLexiconCoverageTest.class.getResourceAsStream("topic-sentences.tsv")) {
            Objects.requireNonNull(in, "topic-sentences.tsv missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t", -1);
                    out.add(Arguments.of(c[0], c[1], c[2], c[3]));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void bestTopicIsTheArticlesTopLevelTopic(String topic, String language, String title, String body) {
        List<TopicTag> topics = TAGGER.tag(title, body, language).topics();
        assertThat(topics).isNotEmpty();
        assertThat(TaggerResources.shared().taxonomy().topLevelOf(topics.get(0).code())).isEqualTo(topic);
    }
}
