package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hidden-style check reads the style without a space-free copy: it must match what the copy finds. */
class HiddenStyleProperties {
    @Property(tries = 5000)
    void equalsSearchInSpaceFreeCopy(@ForAll @StringLength(max = 30) @Chars({'d', 'i', 's', 'p', 'l', 'a', 'y', ':',
            'n', 'o', 'e', ' ', ';', '\t', 'v', 'b', 't', 'h', 'D'}) String style) {
        for (String word : new String[] {"display:none", "visibility:hidden"}) {
            assertThat(BlockSegmenter.containsSkippingSpaces(style, word))
                    .isEqualTo(style.replace(" ", "").contains(word));
        }
    }

    @Property(tries = 3000)
    void equalsSearchAroundTheWords(@ForAll @StringLength(max = 8) String before, @ForAll boolean display,
            @ForAll @StringLength(max = 5) @Chars({' ', 'x', ':'}) String noise, @ForAll @StringLength(max = 8) String after) {
        String word = display ? "display:none" : "visibility:hidden";
        int cut = Math.min(noise.length() == 0 ? 0 : word.length() - 1, 7);
        String style = before + word.substring(0, cut) + noise + word.substring(cut) + after;
        assertThat(BlockSegmenter.containsSkippingSpaces(style, word)).isEqualTo(style.replace(" ", "").contains(word));
    }
}
