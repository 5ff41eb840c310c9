package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The segmenter's text copy (white space collapsed as it goes, figures counted in the same pass, with a
 * shortcut for the characters below U+1680) reads text as its definition says: runs of {@code Character.isWhitespace}
 * or no-break space become one space, none leading or trailing; the weight counts each character written
 * (a trailing space too), wide-script ones three times; commas in four scripts are counted.
 */
class SegmenterTextProperties {
    @Property(tries = 5000)
    void readsTextAsDefined(@ForAll @StringLength(max = 40) @Chars({'a', 'Z', ' ', '\t', '\n', '\r', '\u000B', '\u001C',
            '\u001F', '\u007F', '\u0085', '\u009F', '\u00A0', '\u00E9', ',', '\u060C', '\u0628', '\u167F', '\u1680',
            '\u1681', '\u2000', '\u2007', '\u2028', '\u202F', '\u3000', '\u3001', '\u3042', '\u4E00', '\uFF0C',
            '\uF900', '\u30FF', '\u3040', '\u303F'}) String first, @ForAll @StringLength(max = 12) @Chars({'b', ' ',
            '\u00A0', '\u3000', ','}) String second) {
        Element body = new Element("body");
        Element p = body.appendElement("p");
        p.appendChild(new TextNode(first));
        p.appendChild(new TextNode(second));
        List<TextBlock> blocks = BlockSegmenter.segment(body);
        String whole = first + second;
        String collapsed = collapse(whole);
        if (collapsed.isBlank()) {
            assertThat(blocks).isEmpty();
            return;
        }
        assertThat(blocks).hasSize(1);
        TextBlock block = blocks.get(0);
        assertThat(block.text()).isEqualTo(collapsed.strip());
        int wide = (int) collapsed.chars().filter(c -> BlockSegmenter.isWideScript((char) c)).count();
        assertThat(block.weight()).isEqualTo(collapsed.length() + 2 * wide);
        assertThat(block.commas()).isEqualTo((int) whole.chars().filter(c -> ",\u060C\uFF0C\u3001".indexOf(c) >= 0).count());
    }

    /** Runs of white space to one space, none leading; a trailing one kept (the weight counts it). */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u00A0' || Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
