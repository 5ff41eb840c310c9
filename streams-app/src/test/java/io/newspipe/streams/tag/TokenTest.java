package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class TokenTest {
    @Property(tries = 3000)
    void caseTestsAgreeWithTheUnicodeTables(@ForAll @StringLength(max = 8) @CharRange(from = '0', to = 'z')
            @Chars({'É', 'é', 'ß', 'İ', 'ب', '+', 'Σ', 'ǅ'}) String surface) {
        Token t = new Token(surface, surface, 0, surface.length(), false, false);
        assertThat(t.capitalised()).isEqualTo(!surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0)));
        int letters = 0;
        boolean allUpper = true;
        for (char c : surface.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        assertThat(t.allCaps()).isEqualTo(allUpper && letters >= 2);
    }
}
