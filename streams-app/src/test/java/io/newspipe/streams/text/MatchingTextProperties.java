package io.newspipe.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class MatchingTextProperties {
    @Property(tries = 3000)
    void idempotentOnAnyString(@ForAll String any) {
        String once = MatchingText.fold(any);
        assertThat(MatchingText.fold(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void idempotentOnArabicAndLatinText(@ForAll @StringLength(max = 60) @CharRange(from = '\u0600', to = '\u06FF')
                                        @Chars({' ', 'A', 'z', 'É', 'İ', '.', '\u0640', '\u200c'}) String text) {
        String once = MatchingText.fold(text);
        assertThat(MatchingText.fold(once)).isEqualTo(once);
        assertThat(once).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ").doesNotContain("\u0640");
    }

    @Property(tries = 3000)
    void fastPathAgreesWithTheNormalisingPath(@ForAll @StringLength(max = 40) @CharRange(from = '\u0600', to = '\u06FF')
                                              @CharRange(from = '\u00A0', to = '\u024F')
                                              @CharRange(from = '\u2000', to = '\u206F')
                                              @Chars({' ', 'A', 'z', '1', '.', '\n', '\u0301', '\uAC00', '\u1161',
                                                      '\u11A8', '\uFB01', '\uFEFB', '\uFF21'}) String text) {
        assertThat(MatchingText.fold(text)).isEqualTo(MatchingText.foldNormalised(text));
    }

    @Property(tries = 2000)
    void fastPathAgreesWithTheNormalisingPathOnAnyString(@ForAll String any) {
        assertThat(MatchingText.fold(any)).isEqualTo(MatchingText.foldNormalised(any));
    }
}
