package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageWalkTest {

    static Stream<String> fixtures() {
        return Stream.of("daily-harbor/port-strike.html", "le-quotidien/reforme-retraites.html",
                "akhbar-alyawm/iraq-coalition-talks.html", "khabar-rooz/tehran-air-pollution.html",
                "tech-notes/meta-rust-borrow-checker.html", "sham-press/meta-damascus-prices.html");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void seesWhatTheSeparateWalksSee(String path) {
        assertSameAsSeparateWalks(Jsoup.parse(new String(FixturePages.bytes(path), StandardCharsets.UTF_8),
                "https://e.org/" + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // skipped and hidden subtrees, metadata inside them, text after them, nested blocks
        "<html><head><title>T</title><meta name=a content=1></head><body><p>One <b>two</b></p>"
                + "<div hidden><p>gone</p><meta name=b content=2></div><p>three<br><br>four</p>"
                + "<svg><title>icon</title><a rel=author>svg author</a></svg><noscript><meta name=c content=3>"
                + "<p>no</p></noscript><script type='application/ld+json'>{\"a\":1}</script>"
                + "<div style='display: none'><h1>hidden h1</h1></div><ul><li>x<li>y</ul><h1>Shown</h1>tail</body></html>",
        // a hidden body: no blocks at all, but the scan still reads everything
        "<html><body style='display:none'><p>text</p><time datetime='2024-01-01'>x</time></body></html>",
        // content after the body and a frameset page
        "<html><body><p>a</p></body></html><p>after</p>",
        "<html><frameset><frame src=x></frameset></html>",
        "plain text, no tags at all",
        ""})
    void seesWhatTheSeparateWalksSeeOnOddPages(String html) {
        assertSameAsSeparateWalks(Jsoup.parse(html, "https://e.org/"));
    }

    @Test
    void walksVeryDeepNesting() {
        Element inner = new Element("div");
        inner.appendElement("p").text("deep text");
        for (int i = 0; i < 50_000; i++) {
            Element outer = new Element("div");
            outer.appendChild(inner);
            inner = outer;
        }
        Document doc = Jsoup.parse("<html><body><h1>Deep</h1></body></html>");
        doc.body().appendChild(inner);
        PageWalk walk = PageWalk.of(doc);
        assertThat(walk.blocks()).extracting(TextBlock::text).containsExactly("Deep", "deep text");
        assertThat(walk.scan().h1).hasSize(1);
    }

    private static void assertSameAsSeparateWalks(Document doc) {
        PageWalk walk = PageWalk.of(doc);
        PageScan scan = PageScan.of(doc);
        assertThat(walk.document()).isSameAs(doc);
        assertThat(walk.blocks()).isEqualTo(doc.body() == null ? java.util.List.of() : BlockSegmenter.segment(doc.body()));
        assertThat(walk.scan().meta).isEqualTo(scan.meta);
        assertThat(walk.scan().jsonLd).isEqualTo(scan.jsonLd);
        assertThat(walk.scan().h1).isEqualTo(scan.h1);
        assertThat(walk.scan().times).isEqualTo(scan.times);
        assertThat(walk.scan().bylines()).isEqualTo(scan.bylines());
        assertThat(walk.scan().dateLike()).isEqualTo(scan.dateLike());
        assertThat(walk.scan().relAuthor).isEqualTo(scan.relAuthor);
        assertThat(walk.scan().itemprop).isEqualTo(scan.itemprop);
        assertThat(walk.scan().canonical).isEqualTo(scan.canonical);
        assertThat(walk.scan().imageSrc).isEqualTo(scan.imageSrc);
        assertThat(walk.scan().title).isEqualTo(scan.title);
    }
}
