package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageScanTest {

    @Test
    void collectsMetaLinksScriptsAndMarkedElements() {
        Document doc = Jsoup.parse("""
                <html><head><title>T</title>
                <meta property="og:title" content="OG"><meta name="Author" content="Jane Doe">
                <meta property="article:tag" content="a"><meta property="article:tag" content="b">
                <link rel="canonical" href="/c"><script type="application/ld+json">{"a":1}</script></head>
                <body><svg><title>icon</title></svg><h1>H</h1><div class="Post-Byline">By X</div>
                <span class="pub-date">1 May 2024</span><time datetime="2024-05-01">x</time>
                <span itemprop="author">Y</span><a rel="author" href="/y">Y</a></body></html>""", "https://e.org/p/q");
        PageScan scan = PageScan.of(doc);
        assertThat(scan.title).isEqualTo("T");
        assertThat(scan.first("og:title")).isEqualTo("OG");
        assertThat(scan.first("author")).isEqualTo("Jane Doe");
        assertThat(scan.all("article:tag")).containsExactly("a", "b");
        assertThat(scan.canonical).isEqualTo("https://e.org/c");
        assertThat(scan.jsonLd).containsExactly("{\"a\":1}");
        assertThat(scan.h1).extracting(Element::text).containsExactly("H");
        assertThat(scan.bylines()).extracting(Element::text).containsExactly("By X");
        assertThat(scan.dateLike()).extracting(Element::text).contains("By X", "1 May 2024");
        assertThat(scan.times).hasSize(1);
        assertThat(scan.itemprop.get("author")).hasSize(1);
        assertThat(scan.relAuthor).hasSize(1);
    }

    /** Found on first use, by their own pass: the first twelve in document order, each element once. */
    @Test
    void marksTheFirstTwelveBylineAndDateElementsInDocumentOrder() {
        StringBuilder html = new StringBuilder("<html><head><meta class='meta-x'></head><body>");
        for (int i = 0; i < 15; i++) {
            html.append("<p class='Author-").append(i).append("' id='writer").append(i).append("'>a").append(i)
                    .append("</p><span id='post-TIME-").append(i).append("'>d").append(i).append("</span>")
                    .append("<i class='plain'>n").append(i).append("</i>");
        }
        Document doc = Jsoup.parse(html.append("</body></html>").toString());
        PageScan scan = PageScan.of(doc);
        assertThat(scan.bylines()).extracting(Element::text)
                .containsExactly("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11");
        assertThat(scan.dateLike()).extracting(Element::text)
                .containsExactly("", "d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10");
        assertThat(scan.bylines()).isSameAs(scan.bylines());
        assertThat(PageWalk.of(doc).scan().dateLike()).isEqualTo(scan.dateLike());
    }

    @Test
    void survivesVeryDeepNesting() {
        // Deeper than any recursive walk survives on a default stack (jsoup's parser caps depth at 512,
        // but documents can also be built or edited by code). Built bottom-up: jsoup's appendChild checks
        // ancestors, which would make top-down building quadratic.
        Element inner = new Element("div");
        inner.appendElement("time").attr("datetime", "2024-01-01");
        for (int i = 0; i < 50_000; i++) {
            Element outer = new Element("div");
            outer.appendChild(inner);
            inner = outer;
        }
        Document doc = Jsoup.parse("<html><body><h1>Deep</h1></body></html>");
        doc.body().appendChild(inner);
        PageScan scan = PageScan.of(doc);
        assertThat(scan.times).hasSize(1);
        assertThat(new MetadataExtractor().extract(doc, "https://e.org/x").title()).isEqualTo("Deep");
    }
}
