package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KeyedLongsTest {
    @Property(tries = 200)
    void answersAsAMapOfLongsDoes(@ForAll @Size(max = 800) List<@StringLength(max = 8) String> keys,
            @ForAll @LongRange(min = 0, max = 1L << 40) long seed) {
        KeyedLongs table = new KeyedLongs();
        Map<String, Long> reference = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            long v = (seed + i * 7919L) % 1000;
            assertThat(table.get(k)).isEqualTo(reference.getOrDefault(k, KeyedLongs.NONE));
            assertThat(table.containsKey(k)).isEqualTo(reference.containsKey(k));
            if (i % 3 == 0) {
                table.put(k, v);
                reference.put(k, v);
            } else {
                table.putMax(k, v);
                reference.merge(k, v, Math::max);
            }
        }
        assertThat(table.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(table.get(new String(k.toCharArray()))).isEqualTo(v));
    }

    @Test
    void aNegativeValueIsRefusedBeforeItsKeyIsAdded() {
        KeyedLongs table = new KeyedLongs();
        assertThatThrownBy(() -> table.put("x", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(table.containsKey("x")).isFalse();
    }
}
