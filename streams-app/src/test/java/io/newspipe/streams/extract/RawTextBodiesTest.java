package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawTextBodiesTest {
    private static final String JS = "var x = 1; function f(a) { return a < 2 && a > 0; } ".repeat(8);
    private static final String CSS = "body { margin: 0 } .a > .b { color: red } ".repeat(10);

    private static String page(String head, String body) {
        return "<!doctype html><html><head><title>T</title>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void dropsLongScriptAndStyleBodiesAndTheParseGivesEveryMarkerBack() {
        String html = page("<style>" + CSS + "</style><script src='a.js'></script>",
                "<p>Text</p><script>" + JS + "</script><script type='application/ld+json'>{\"a\":\"" + "x".repeat(400)
                        + "\"}</script><script>short()</script>");
        RawTextBodies.Stripped s = strip(html, true);
        assertThat(s).isNotNull();
        assertThat(s.dropped()).isEqualTo(2); // the style and the long script; JSON-LD and short bodies are kept
        String text = new String(s.bytes(), 0, s.length(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("margin").doesNotContain("function").contains("\"a\":").contains("short()");
        assertThat(markers(text)).isEqualTo(2);
        assertSameTreeButData(html, text);
    }

    // @JS@, @CSS@, @Y@: long script, style and JSON text (annotation values must be constants)
    @ParameterizedTest
    @ValueSource(strings = {
        // upper-case and mixed-case tags, an upper-case end tag inside the body's text
        "<SCRIPT>@JS@</SCRIPT><Style>@CSS@</sTyle>",
        "<script>@JS@</SCRIPT >@JS@</script>",
        // "</script" inside a string, not followed by a tag-name end; then the real end
        "<script>var s = '</scripts>'; var t = '</script-x>'; @JS@</script>",
        // a comment that holds a script, an old-IE conditional comment, "<!--" inside a script (escaped states)
        "<!-- <script>@JS@</script> --><p>after</p>",
        "<!--[if lt IE 9]><script>@JS@</script><![endif]--><p>after</p>",
        "<script>var a = '<!--'; var b = '<script>'; @JS@</script> still script </script>",
        // attributes holding '>' in quotes, an unquoted one, a self-closing script
        "<script data-x='a>b' data-y=\"c>d\">@JS@</script>",
        "<script data-x=a>b>@JS@</script>",
        "<script/>@JS@</script>",
        // svg and math foreign content: style and script are not raw text there
        "<svg><style>@CSS@</style><script>@JS@</script></svg>",
        "<math><style>@CSS@</style></math>",
        // raw text of other elements: textarea, title, xmp, noscript, template
        "<textarea><style>@CSS@</style></textarea>",
        "<xmp><script>@JS@</script></xmp>",
        "<noscript><style>@CSS@</style></noscript><template><script>@JS@</script></template>",
        // a start tag inside an attribute value, a marker-like text of the page's own
        "<div title='<script>@JS@</script>'>x</div>",
        "<script>\u0001&amp;\u0001</script><script>@JS@</script>",
        // JSON-LD written oddly, and a type behind a character reference
        "<script TYPE='APPLICATION/LD+JSON'>{\"x\":\"@Y@\"}</script>",
        "<script type='application/ld&#43;json'>{\"x\":\"@Y@\"}</script>",
    })
    void oddPagesGiveTheSameTreeOrAreNotStripped(String template) {
        String body = template.replace("@JS@", "a();".repeat(80)).replace("@CSS@", "p{}".repeat(100)).replace("@Y@", "y".repeat(400));
        String html = page("", "<p>Text before</p>" + body + "<p>Text after</p>");
        RawTextBodies.Stripped s = strip(html, true);
        if (s == null) {
            return; // not stripped: parsed whole, as before
        }
        String text = new String(s.bytes(), 0, s.length(), StandardCharsets.UTF_8);
        if (markers(text) == s.dropped()) {
            assertSameTreeButData(html, text); // the proof passed: the tree must be the whole page's
        }
    }

    @Test
    void aScriptTheScanMisreadsIsDisprovedByTheParse() {
        // the scan does not know textarea (RCDATA: the marker's &amp; is decoded there) and drops a "style body"
        String html = page("", "<textarea><style>" + "p{}".repeat(100) + "</style></textarea><p>x</p>");
        RawTextBodies.Stripped s = strip(html, true);
        assertThat(s).isNotNull();
        assertThat(markers(new String(s.bytes(), 0, s.length(), StandardCharsets.UTF_8))).isNotEqualTo(s.dropped());
        // the extractor falls back to the whole parse: the textarea keeps its text
        PageInput page = input(html, null);
        ExtractionOutcome whole = new ArticleExtractor().fromDocument(page, Jsoup.parse(html, page.url()));
        assertThat(new ArticleExtractor().extract(page)).isEqualTo(whole);
    }

    @Test
    void unclosedScriptsAndPagesWithoutAClosingBodyAreNotStripped() {
        assertThat(strip(page("", "<script>" + JS), true)).isNull();
        assertThat(strip("<html><body><script>" + JS + "</script><p>x</p>", true)).isNull(); // no </body> after it
        // the closing tag more than 64 KB from the end (the truncation check would not see it the same way)
        assertThat(strip(page("", "<script>" + JS + "</script>") + "<!-- " + "x".repeat(70_000) + " -->", true)).isNull();
    }

    @Test
    void nonAsciiBodiesAreDroppedOnlyWhenTheCharsetIsDeclaredUtf8() {
        String html = page("", "<script>var s = 'café – ünïcödé'; " + JS + "</script><p>x</p>");
        assertThat(strip(html, true)).isNull();
        RawTextBodies.Stripped s = strip(html, false);
        assertThat(s.dropped()).isEqualTo(1);
        assertThat(s.highBytes()).isEqualTo("é–üïöé".getBytes(StandardCharsets.UTF_8).length);
        assertThat(PageDecoder.declaresUtf8(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8")).isTrue();
        assertThat(PageDecoder.declaresUtf8(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=windows-1252")).isFalse();
        assertThat(PageDecoder.declaresUtf8(html.getBytes(StandardCharsets.UTF_8), null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252", "ISO-8859-7", "windows-1256", "KOI8-R", "Shift_JIS", "EUC-KR"})
    void extractionIsTheSameInEveryCharset(String name) {
        Charset cs = Charset.forName(name);
        String html = page("<meta charset='" + name + "'><style>" + CSS + "</style>",
                "<article><h1>Überschrift ελληνικά عربي</h1><p>" + "Ein langer Absatz mit Wörtern, Satzzeichen und Zahlen 42. ".repeat(8)
                        + "</p><script>var s = 'ü'; " + JS + "</script><p>" + "Noch ein Absatz über Bücher. ".repeat(10)
                        + "</p></article>");
        byte[] bytes = html.getBytes(cs);
        ArticleExtractor extractor = new ArticleExtractor();
        ExtractionOutcome viaStrip = extractor.extract(new PageInput("https://e.org/a", bytes, null, Instant.EPOCH));
        ExtractionOutcome whole = extractor.fromDocument(new PageInput("https://e.org/a", bytes, null, Instant.EPOCH),
                Jsoup.parse(new PageDecoder().decode(bytes, null).text(), "https://e.org/a"));
        assertThat(viaStrip).isEqualTo(whole);
        assertThat(RawTextBodies.isAsciiCompatible(cs)).isEqualTo(name.equals("UTF-8") || name.startsWith("windows-")
                || name.startsWith("ISO-8859-"));
    }

    private static PageInput input(String html, String contentType) {
        return new PageInput("https://e.org/a", html.getBytes(StandardCharsets.UTF_8), contentType, Instant.EPOCH);
    }

    private static RawTextBodies.Stripped strip(String html, boolean keepNonAscii) {
        byte[] b = ("xx" + html + "yy").getBytes(StandardCharsets.UTF_8); // read in place, not from index 0
        return RawTextBodies.strip(b, 2, b.length - 4, keepNonAscii);
    }

    private static int markers(String text) {
        return PageWalk.of(Jsoup.parse(text, "https://e.org/")).scan().markers();
    }

    /** The two pages parse to the same tree once every script and style data node is emptied. */
    private static void assertSameTreeButData(String whole, String stripped) {
        assertThat(withoutData(Jsoup.parse(stripped))).isEqualTo(withoutData(Jsoup.parse(whole)));
    }

    private static String withoutData(Document doc) {
        for (Element el : doc.select("script, style")) {
            el.childNodes().stream().filter(DataNode.class::isInstance).forEach(n -> ((DataNode) n).setWholeData(""));
        }
        return doc.outerHtml();
    }
}
