package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WordSetTest {
    @Property(tries = 300)
    void answersAsSetCopyOf(@ForAll @Size(max = 500) List<String> words, @ForAll @Size(max = 200) List<String> probes) {
        Set<String> expected = Set.copyOf(words);
        WordSet set = WordSet.copyOf(words);
        assertThat(set).hasSize(expected.size());
        assertThat(new HashSet<>(set)).isEqualTo(expected);
        for (String w : words) {
            // another instance with the same chars is found too
            assertThat(set.contains(new String(w.toCharArray()))).isTrue();
        }
        for (String p : probes) {
            assertThat(set.contains(p)).isEqualTo(expected.contains(p));
        }
    }

    @Test
    void collidingHashesAreTold() {
        // "Aa" and "BB" share a String hash code
        WordSet set = WordSet.copyOf(List.of("Aa"));
        assertThat(set.contains("Aa")).isTrue();
        assertThat(set.contains("BB")).isFalse();
        assertThat(WordSet.copyOf(List.of("Aa", "BB"))).containsExactlyInAnyOrder("Aa", "BB");
    }

    @Test
    void collidingHashesAreToldForLongAndNonLatinWordsToo() {
        // eight chars (too long to pack), and chars beyond U+00FF, each beside a word with the same hash code
        WordSet set = WordSet.copyOf(List.of("AaAaAaAa", "\u0100a"));
        assertThat(set.contains("AaAaAaAa")).isTrue();
        assertThat(set.contains("BBBBBBBB")).isFalse();
        assertThat(set.contains("AaAaAaBB")).isFalse();
        assertThat(set.contains("\u0100a")).isTrue();
        assertThat(set.contains("\u00ff\u0080")).isFalse(); // the same hash code as "\u0100a"
    }

    @Test
    void refusesNullAndAnswersOtherTypes() {
        WordSet set = WordSet.copyOf(List.of("de", "la"));
        assertThatThrownBy(() -> set.contains(null)).isInstanceOf(NullPointerException.class);
        assertThat(set.contains(42)).isFalse();
        assertThat(WordSet.copyOf(List.of())).isEmpty();
    }
}
