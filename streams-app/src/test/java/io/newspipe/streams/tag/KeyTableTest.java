package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KeyTableTest {
    @Property(tries = 200)
    void theBuilderAndTheTableAnswerAsAMapDoes(@ForAll @Size(max = 600) List<@StringLength(max = 12) String> words,
            @ForAll @Size(max = 50) List<@StringLength(max = 12) String> probes) {
        KeyTableBuilder<Integer> builder = new KeyTableBuilder<>();
        Map<String, Integer> reference = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int index = builder.indexOf(w);
            assertThat(index < 0).isEqualTo(!reference.containsKey(w));
            if (index < 0) {
                builder.add(w, i);
            } else {
                assertThat(builder.valueAt(index)).isEqualTo(reference.get(w));
                builder.set(index, builder.valueAt(index) + i); // as the dictionary grows a key's aliases
            }
            reference.merge(w, i, Integer::sum);
        }
        assertThat(builder.size()).isEqualTo(reference.size());
        KeyTable<Integer> table = builder.build();
        assertThat(table.size()).isEqualTo(reference.size());
        reference.forEach((w, v) -> assertThat(table.get(new String(w.toCharArray()))).isEqualTo(v));
        probes.stream().filter(p -> !reference.containsKey(p)).forEach(p -> assertThat(table.get(p)).isNull());
        List<String> keys = new ArrayList<>();
        table.keys().forEach(keys::add);
        assertThat(keys).containsExactlyElementsOf(reference.keySet());
    }

    @Test
    void keysSpanningManyChunksKeepTheirValues() {
        KeyTableBuilder<String> builder = new KeyTableBuilder<>();
        String longKey = "x".repeat(70_000); // longer than a chunk: it gets one of its own
        for (int i = 0; i < 40_000; i++) {
            builder.add("key " + i, "v" + i);
            if (i == 20_000) {
                builder.add(longKey, "long");
            }
        }
        KeyTable<String> table = builder.build();
        assertThat(table.size()).isEqualTo(40_001);
        assertThat(table.get("key 0")).isEqualTo("v0");
        assertThat(table.get("key 39999")).isEqualTo("v39999");
        assertThat(table.get(longKey)).isEqualTo("long");
        assertThat(table.get("key 40000")).isNull();
    }

    @Test
    void aKeyIsAddedOnce() {
        KeyTableBuilder<String> builder = new KeyTableBuilder<>();
        builder.add("cairo", "a");
        assertThatThrownBy(() -> builder.add("cairo", "b")).isInstanceOf(IllegalArgumentException.class);
    }
}
