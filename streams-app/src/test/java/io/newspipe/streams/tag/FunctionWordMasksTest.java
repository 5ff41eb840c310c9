package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FunctionWordMasksTest {
    /** Words short and long, Latin-1 and beyond: packed and unpacked slots, and probes of either kind. */
    @Property(tries = 300)
    void answersAsAMapDoes(@ForAll @Size(max = 200) List<@StringLength(min = 1, max = 10) @CharRange(from = 'a', to = 'f')
            @CharRange(from = '\u00e0', to = '\u00e2') @CharRange(from = '\u0627', to = '\u0629') String> words,
            @ForAll @Size(max = 100) List<@StringLength(min = 1, max = 10) @CharRange(from = 'a', to = 'f')
            @CharRange(from = '\u0627', to = '\u0629') String> probes) {
        Map<String, Integer> reference = new HashMap<>();
        for (String w : words) {
            reference.putIfAbsent(w, 1 + (w.hashCode() & 0x3FFFFFFF));
        }
        FunctionWordMasks table = new FunctionWordMasks(reference.keySet(), reference::get);
        reference.forEach((w, bits) -> assertThat(table.bitsOf(new String(w.toCharArray()))).isEqualTo(bits));
        for (String p : probes) {
            assertThat(table.bitsOf(p)).isEqualTo(reference.getOrDefault(p, 0));
        }
    }

    @Test
    void tellsWordsOfOneHashApart() {
        // "Aa" and "BB" share a String.hashCode, as do their longer and non-Latin-1 variants
        FunctionWordMasks table = new FunctionWordMasks(List.of("Aa", "AaAaAaAa", "Aa\u0627"),
                w -> w.length());
        assertThat(table.bitsOf("Aa")).isEqualTo(2);
        assertThat(table.bitsOf("BB")).isZero();
        assertThat(table.bitsOf("AaAaAaAa")).isEqualTo(8);
        assertThat(table.bitsOf("BBBBBBBB")).isZero();
        assertThat(table.bitsOf("AaAaAaBB")).isZero();
        assertThat(table.bitsOf("Aa\u0627")).isEqualTo(3);
        assertThat(table.bitsOf("")).isZero();
    }
}
