package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PhraseKeyIndexTest {
    @Property(tries = 300)
    void answersAsAHashMapDoesThroughGrowth(
            @ForAll @Size(max = 300) List<@LongRange(min = 1, max = 400) Long> keys) {
        PhraseKeyIndex index = new PhraseKeyIndex();
        index.reset(0); // sized for no key: every insertion past eight grows it
        assertLikeAMap(index, keys);
    }

    @Property(tries = 200)
    void aResetIndexForgetsTheArticleBefore(@ForAll @Size(max = 300) List<@LongRange(min = 1) Long> before,
            @ForAll @Size(max = 60) List<@LongRange(min = 1) Long> after) {
        PhraseKeyIndex index = new PhraseKeyIndex();
        index.reset(before.size());
        for (int i = 0; i < before.size(); i++) {
            index.putIfAbsent(before.get(i), i);
        }
        index.reset(after.size() / 4); // smaller than the arrays: only a prefix of them is zeroed and used
        assertLikeAMap(index, after);
    }

    private static void assertLikeAMap(PhraseKeyIndex index, List<Long> keys) {
        Map<Long, Integer> reference = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer old = reference.putIfAbsent(keys.get(i), i);
            assertThat(index.putIfAbsent(keys.get(i), i)).isEqualTo(old == null ? -1 : old);
        }
        assertThat(index.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(index.putIfAbsent(k, -7)).isEqualTo(v));
    }
}
