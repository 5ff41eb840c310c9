package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class NameRecognizerProperties {
    private static final NameRecognizer RECOGNIZER = new NameRecognizer(TaggerResources.shared().stopwords(), true);

    @Property(tries = 2000)
    void writtenFormsHaveSingleSpacesAndKeepTheWords(@ForAll @StringLength(min = 1, max = 40)
            @CharRange(from = 'a', to = 'e') @Chars({' ', '\t', '\n', '\u00a0', 'Z', '-'}) String text) {
        TokenizedText part = TokenizedText.of(text);
        if (part.tokens().isEmpty()) {
            return;
        }
        String written = NameRecognizer.written(part, 0, part.tokens().size());
        assertThat(written).doesNotContain("  ").doesNotContain("\t").doesNotContain("\n").doesNotContain("\u00a0")
                .doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(TextTokenizer.tokens(written)).extracting(Token::surface)
                .containsExactlyElementsOf(part.tokens().stream().map(Token::surface).toList());
    }

    @Property(tries = 300)
    void anyCapitalisedTextGivesWellFormedNamesWithoutIds(@ForAll @StringLength(max = 120)
            @Chars({' ', '.', ',', '(', ')', '-', '\'', 'A', 'B', 'M', 'a', 'b', 'o', 'f', 'r'}) String noise) {
        String text = "Minister Abba Bob of the Bar Bank (BB) said. " + noise + " Mr Bob said.";
        for (String language : List.of("en", "fr")) {
            TokenizedText part = TokenizedText.of(text);
            List<EntityTag> found = RECOGNIZER.recognise(List.of(part), language, List.of());
            assertThat(found).allSatisfy(t -> {
                assertThat(t.id()).isNull();
                assertThat(t.count()).isGreaterThanOrEqualTo(t.mentions().size()).isPositive();
                assertThat(text).contains(t.name());
            });
        }
    }
}
