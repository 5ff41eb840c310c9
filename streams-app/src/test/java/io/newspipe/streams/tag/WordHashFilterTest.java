package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordHashFilterTest {
    @Property(tries = 300)
    void passesEveryWordOfItsSet(@ForAll @Size(max = 300) Set<@StringLength(max = 8) String> words) {
        WordHashFilter filter = new WordHashFilter(words);
        words.forEach(w -> assertThat(filter.mightContain(w)).isTrue());
    }

    @Property(tries = 500)
    void passesAPrefixedWordAsItPassesTheWholeString(@ForAll @StringLength(max = 3) String prefix,
            @ForAll @StringLength(max = 12) String word, @ForAll @Size(max = 50) Set<@StringLength(max = 8) String> words) {
        WordHashFilter filter = new WordHashFilter(words);
        for (int from = 0; from <= word.length(); from++) {
            assertThat(filter.mightContain(prefix, word, from)).isEqualTo(filter.mightContain(prefix + word.substring(from)));
        }
    }

    @Test
    void rulesOutMostOtherWords() {
        List<String> stop = List.of("the", "of", "and", "a", "to", "in", "is", "le", "la", "de");
        WordHashFilter filter = new WordHashFilter(stop);
        long passed = java.util.stream.IntStream.range(0, 10_000).filter(i -> filter.mightContain("w" + i)).count();
        assertThat(passed).isLessThan(500);
    }
}
