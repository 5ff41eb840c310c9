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
}
