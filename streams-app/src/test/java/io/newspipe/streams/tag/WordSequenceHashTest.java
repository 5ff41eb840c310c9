package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordSequenceHashTest {
    @Property(tries = 1000)
    void aWordInsideAStringHashesLikeTheWordAlone(@ForAll String before, @ForAll String word,
            @ForAll String after) {
        String s = before + word + after;
        long h = WordSequenceHash.next(WordSequenceHash.START, before.hashCode());
        assertThat(WordSequenceHash.next(h, s, before.length(), before.length() + word.length()))
                .isEqualTo(WordSequenceHash.next(h, word.hashCode()));
    }

    @Test
    void wordOrderAndGroupingMatter() {
        long ab = WordSequenceHash.next(WordSequenceHash.next(WordSequenceHash.START, "new".hashCode()),
                "york".hashCode());
        long ba = WordSequenceHash.next(WordSequenceHash.next(WordSequenceHash.START, "york".hashCode()),
                "new".hashCode());
        long joined = WordSequenceHash.next(WordSequenceHash.START, "new york".hashCode());
        assertThat(ab).isNotEqualTo(ba).isNotEqualTo(joined);
    }
}
