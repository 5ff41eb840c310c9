package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersianInflectionsTest {
    private static Token token(String word) {
        return TextTokenizer.tokens(word).get(0);
    }

    @Test
    void aPluralAfterTheJoinerGivesItsStem() {
        Token floods = token("سیلاب‌های");
        List<String> forms = PersianInflections.withStem(floods, List.of(floods.folded()));
        assertThat(forms).containsExactly(floods.folded(), token("سیلاب").folded());
    }

    @Test
    void aCompoundOrAWordWithoutJoinerKeepsItsForms() {
        Token quake = token("زمین‌لرزه");
        List<String> forms = List.of(quake.folded());
        assertThat(PersianInflections.withStem(quake, forms)).isSameAs(forms);
        Token plain = token("سیلاب");
        List<String> plainForms = List.of(plain.folded());
        assertThat(PersianInflections.withStem(plain, plainForms)).isSameAs(plainForms);
    }

    @Test
    void theClassifierReadsAnInflectedNounAsItsStem() {
        TaggerResources r = TaggerResources.shared();
        TopicClassifier classifier = new TopicClassifier(r.taxonomy(), r.lexicon(), TaggerSettings.defaults());
        List<TopicTag> topics = classifier.classify("fa", TokenizedText.of("سیلاب‌ها"), TokenizedText.of(""),
                List.of());
        assertThat(topics).extracting(TopicTag::code).contains("medtop:03000000");
    }
}
