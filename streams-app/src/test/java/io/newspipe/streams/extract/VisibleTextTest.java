package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class VisibleTextTest {
    /** Markup and text pieces that make {@code text()} differ from the raw text: white space of every kind,
     * invisible characters, control characters, CDATA, preformatted text, block and br elements. */
    private static final List<String> PIECES = List.of("a", "word ", "  ", "\n", "\t", "\u00a0", "\u00ad", "\u200b",
            "\u0001", "\u001f", "é", "😀", "<b>", "</b>", "<p>", "</p>", "<div>", "</div>", "<br>", "<pre>  x  </pre>",
            "<span> </span>", "<![CDATA[ c ]]>", "<svg><![CDATA[ d ]]></svg>", "&nbsp;", "&shy;", "<script>var x=1</script>",
            "<textarea> t </textarea>", "<!-- comment -->", "<li>", "</li>");

    @Property(tries = 3000)
    void neverSaysLongerWhenTheTextIsNot(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder html = new StringBuilder("<div id=x>");
        for (int i = r.nextInt(60); i > 0; i--) {
            html.append(PIECES.get(r.nextInt(PIECES.size())));
        }
        Element e = Jsoup.parse(html.append("</div>").toString()).getElementById("x");
        int length = e.text().length();
        for (int limit : new int[] {0, 1, 5, length - 1, length, length + 1}) {
            if (VisibleText.surelyLongerThan(e, limit)) {
                assertThat(length).as("%s with limit %d", html, limit).isGreaterThan(limit);
            }
        }
    }

    @Test
    void countsOnlyWhatTextKeeps() {
        Element e = Jsoup.parse("<div id=x><p>ab</p> \u00a0\u00ad\u200b <b>c</b><script>long script body</script></div>")
                .getElementById("x");
        assertThat(e.text()).isEqualTo("ab c"); // soft hyphen, zero-width space dropped; script is data, not text
        assertThat(VisibleText.surelyLongerThan(e, 2)).isTrue();
        assertThat(VisibleText.surelyLongerThan(e, 3)).isFalse();
        assertThat(VisibleText.surelyLongerThan(e, 4)).isFalse();
    }

    @Test
    void stopsAtTheElement() {
        Element e = Jsoup.parse("<div><span id=x>ab</span>cdefgh</div>").getElementById("x");
        assertThat(VisibleText.surelyLongerThan(e, 2)).isFalse();
        assertThat(VisibleText.surelyLongerThan(e, 1)).isTrue();
    }
}
