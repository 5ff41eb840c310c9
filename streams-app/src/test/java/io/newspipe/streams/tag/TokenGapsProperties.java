package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** TokenGaps answers in place what a substring of the gap between two words answers. */
class TokenGapsProperties {
    @Property
    void everyGapTestAgreesWithTheSubstringOfTheGap(
            @ForAll @StringLength(max = 60) @Chars({'a', 'B', 'ب', ' ', ',', '\'', '\u2019', '\u00a0', '.', '-'})
            String text) {
        TokenizedText t = TokenizedText.of(text);
        List<Token> tokens = t.tokens();
        for (int a = 0; a < tokens.size(); a++) {
            for (int b = a + 1; b < tokens.size(); b++) {
                String gap = text.substring(tokens.get(a).end(), tokens.get(b).start());
                assertThat(TokenGaps.is(text, tokens, a, b, ", ")).isEqualTo(gap.equals(", "));
                assertThat(TokenGaps.startsWith(text, tokens, a, b, ",")).isEqualTo(gap.startsWith(","));
                assertThat(TokenGaps.isSpace(text, tokens, a, b)).isEqualTo(gap.equals(" ") || gap.equals("\u00a0"));
                assertThat(TokenGaps.isApostrophe(text, tokens, a, b))
                        .isEqualTo(gap.equals("'") || gap.equals("\u2019"));
            }
        }
    }

    @Example
    void aCommaAndSpaceBetweenTwoNames() {
        String text = "Smith, Jones said";
        List<Token> tokens = TokenizedText.of(text).tokens();
        assertThat(TokenGaps.is(text, tokens, 0, 1, ", ")).isTrue();
        assertThat(TokenGaps.isSpace(text, tokens, 1, 2)).isTrue();
        assertThat(TokenGaps.isSpace(text, tokens, 0, 1)).isFalse();
    }

    @Example
    void casingBitsMatchTheSurface() {
        assertThat(Token.casingOf("NATO") & (Token.CAPITALISED | Token.ALL_CAPS))
                .isEqualTo(Token.CAPITALISED | Token.ALL_CAPS);
        assertThat(Token.casingOf("Paris") & Token.ALL_CAPS).isZero();
        assertThat(Token.casingOf("3M") & Token.LETTER_FIRST).isZero();
        assertThat(Token.casingOf("")).isZero();
    }
}
