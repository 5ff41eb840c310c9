package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.nodes.TextNode;

/** The card check counts text without building it: the count must be jsoup's normalised length. */
class NormalisedLengthProperties {
    @Property(tries = 3000)
    void equalsJsoupNormalisedTextLength(@ForAll String any) {
        assertThat(PageClassifier.normalisedLength(any)).isEqualTo(new TextNode(any).text().length());
    }

    @Property(tries = 3000)
    void equalsJsoupOnWhitespaceHeavyText(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'c')
                                          @Chars({' ', '\t', '\n', '\r', '\f', '\u00A0', '\u200B', '\u00AD',
                                              '\u2003', '\uD83D', '\uDE00', 'é', 'ب'}) String text) {
        assertThat(PageClassifier.normalisedLength(text)).isEqualTo(new TextNode(text).text().length());
    }
}
