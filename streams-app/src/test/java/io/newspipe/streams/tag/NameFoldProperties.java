package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class NameFoldProperties {
    @Property
    void theFoldIsIdempotentAndKeepsOnlyLowerCaseLettersAndDigits(@ForAll String name) {
        String folded = NameFold.letters(name);
        assertThat(NameFold.letters(folded)).isEqualTo(folded);
        folded.codePoints().forEach(c -> assertThat(Character.isLetterOrDigit(c)).isTrue());
        assertThat(folded.codePoints().allMatch(c -> Character.toLowerCase(c) == c)).isTrue();
    }

    @Property
    void punctuationAndSpacesDoNotCount(@ForAll String name) {
        assertThat(NameFold.letters(" " + name + " .-'")).isEqualTo(NameFold.letters(name));
    }

    @Example
    void spellingsOfOneNameFoldAlike() {
        assertThat(NameFold.letters("U.S.")).isEqualTo(NameFold.letters("US")).isEqualTo("us");
        assertThat(NameFold.letters("Al-Busayrah")).isEqualTo(NameFold.letters("Al Busayrah"));
        assertThat(NameFold.letters("Côte d'Ivoire")).isEqualTo("cotedivoire");
        assertThat(NameFold.letters("...")).isEmpty();
    }
}
