package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StringIntTableTest {
    @Property(tries = 300)
    void answersAsAHashMapDoes(@ForAll @Size(max = 200) List<@StringLength(max = 6) String> words) {
        StringIntTable table = new StringIntTable(4);
        Map<String, Integer> reference = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            assertThat(table.get(w)).isEqualTo(reference.getOrDefault(w, -1));
            table.put(w, i);
            reference.put(w, i);
        }
        assertThat(table.size()).isEqualTo(reference.size());
        reference.forEach((w, v) -> assertThat(table.get(new String(w.toCharArray()))).isEqualTo(v));
    }

    @Property(tries = 200)
    void aResetTableAnswersAsANewOne(@ForAll @Size(max = 200) List<@StringLength(max = 6) String> before,
            @ForAll @Size(max = 50) List<@StringLength(max = 6) String> after) {
        StringIntTable table = new StringIntTable(4);
        for (int i = 0; i < before.size(); i++) {
            table.put(before.get(i), i);
        }
        table.reset(after.size());
        Map<String, Integer> reference = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            String w = after.get(i);
            assertThat(table.get(w)).isEqualTo(reference.getOrDefault(w, -1));
            table.put(w, i);
            reference.put(w, i);
        }
        assertThat(table.size()).isEqualTo(reference.size());
        before.stream().filter(w -> !reference.containsKey(w)).forEach(w -> assertThat(table.get(w)).isEqualTo(-1));
    }

    @Property(tries = 300)
    void putIfAbsentAndSlotsAnswerAsAHashMapDoes(@ForAll @Size(max = 200) List<@StringLength(max = 6) String> words) {
        StringIntTable byPutIfAbsent = new StringIntTable(4);
        StringIntTable bySlot = new StringIntTable(4);
        Map<String, Integer> reference = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Integer old = reference.putIfAbsent(w, i);
            assertThat(byPutIfAbsent.putIfAbsent(w, i)).isEqualTo(old == null ? -1 : old);
            int slot = bySlot.find(w);
            assertThat(bySlot.valueAt(slot)).isEqualTo(old == null ? -1 : old);
            if (old == null) {
                bySlot.putAt(slot, w, i);
            }
        }
        assertThat(byPutIfAbsent.size()).isEqualTo(reference.size());
        assertThat(bySlot.size()).isEqualTo(reference.size());
        reference.forEach((w, v) -> {
            assertThat(byPutIfAbsent.get(new String(w.toCharArray()))).isEqualTo(v);
            assertThat(bySlot.get(new String(w.toCharArray()))).isEqualTo(v);
        });
    }

    @Test
    void absentKeyHasNoValue() {
        StringIntTable table = new StringIntTable(1);
        table.put("ab", 7);
        assertThat(table.get("ab")).isEqualTo(7);
        assertThat(table.get("ba")).isEqualTo(-1);
    }
}
