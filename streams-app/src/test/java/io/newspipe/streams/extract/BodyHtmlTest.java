package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BodyHtmlTest {
    private static final String URL = "https://news.example/a";

    @Property(tries = 500)
    void writesWhatJsoupPrints(@ForAll("paragraphs") List<String> texts, @ForAll("flags") List<Boolean> flags) {
        List<Boolean> headings = texts.stream().map(t -> flags.isEmpty() ? false : flags.get(t.length() % flags.size())).toList();
        assertThat(BodyHtml.of(texts, headings, URL)).isEqualTo(BodyHtml.withJsoup(texts, headings, URL));
    }

    @Test
    void escapesMarkupCharactersAndKeepsTheRest() {
        String html = BodyHtml.of(List.of("Tom & Jerry <3 > \"quotes\" 'single' caf\u00e9 \uD83D\uDE00", "Head\u00A0line"),
                List.of(false, true), URL);
        assertThat(html).isEqualTo("<p>Tom &amp; Jerry &lt;3 &gt; \"quotes\" 'single' caf\u00e9 \uD83D\uDE00</p>"
                + "<h2>Head&nbsp;line</h2>");
        assertThat(BodyHtml.isPlain("a\u0001b")).isFalse();
        assertThat(BodyHtml.isPlain("a\uD800b")).isFalse();
        assertThat(BodyHtml.isPlain("a\u0085b")).isFalse();
    }

    /** Mostly text a cleaner leaves (every script, entities' characters), sometimes anything at all. */
    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> cleaned = Arbitraries.strings().withChars("ab &<>\"'\u00A0\u00e9\u0644\u4e2d\u2019")
                .withCharRange('\u0100', '\u07FF').ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, cleaned), net.jqwik.api.Tuple.of(1, any))
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Boolean>> flags() {
        return Arbitraries.of(true, false).list().ofMaxSize(4);
    }
}
