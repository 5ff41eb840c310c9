package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LanguageSampleTest {
    @Property(tries = 2000)
    void sampleWordsFromTheSplitTextsAreTheWordsOfTheSample(
            @ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'e') @Chars({' ', '+', '.', 'É', 'ب', '\u064e'})
                    String title,
            @ForAll @StringLength(max = 120) @CharRange(from = 'a', to = 'e') @Chars({' ', '+', '.', 'É', 'ب', 'ﻻ'})
                    String body,
            @ForAll @IntRange(min = 1, max = 150) int sampleChars, @ForAll boolean noTitle,
            @ForAll @IntRange(min = 0, max = 130) int bodyCut) {
        String t = noTitle ? null : title;
        String sample = LanguageSample.of(t, body, sampleChars);
        TokenizedText bodyText = TokenizedText.of(body.substring(0, Math.min(body.length(), bodyCut)));
        List<Token> tokens = LanguageSample.tokens(sample, t, body, TokenizedText.of(t), bodyText);
        assertThat(folded(tokens)).isEqualTo(folded(TextTokenizer.tokens(sample)));
    }

    @Test
    void aWordCutByTheSampleEndIsSplitAnew() {
        String body = "Central bankers met OPEC+ ministers";
        String sample = LanguageSample.of("Rates", body, 7 + 24);
        assertThat(sample).endsWith("OPEC");
        List<Token> tokens = LanguageSample.tokens(sample, "Rates", body, TokenizedText.of("Rates"),
                TokenizedText.of(body));
        assertThat(folded(tokens)).containsExactly("rates", "central", "bankers", "met", "opec");
    }

    private static List<String> folded(List<Token> tokens) {
        return tokens.stream().map(Token::folded).toList();
    }
}
