package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDecoderTest {
    private static final String ARABIC = "<html><body><p>انطلقت اليوم الجولة الأولى للحوار الثنائي بين العراق والولايات المتحدة "
            + "بشأن إنهاء مهمة التحالف الدولي، وشارك رئيس الوزراء محمد شياع السوداني في الاجتماع.</p></body></html>";
    private static final String RUSSIAN = "<html><body><p>Президент заявил, что переговоры о прекращении огня продолжатся "
            + "на следующей неделе в столице, несмотря на новые удары по городам.</p></body></html>";
    private static final String FRENCH = "<html><body><p>Le président a déclaré que les négociations reprendraient "
            + "à Genève après l'été, malgré les élections prévues en décembre.</p></body></html>";
    private static final String GERMAN = "<html><body><p>Die Regierung hat am Dienstag über die Änderungen für "
            + "Straßenbahnen in München und Köln beraten; größere Schäden gab es nicht.</p></body></html>";

    private final PageDecoder decoder = new PageDecoder();

    /** A page read where it lies in a larger array decodes exactly as the page on its own. */
    @ParameterizedTest
    @CsvSource(value = {"UTF-8|", "UTF-8|text/html; charset=utf-8", "windows-1256|text/html; charset=windows-1256",
        "KOI8-R|", "UTF-16LE|", "UTF-16BE|text/html; charset=utf-16be", "windows-1252|text/html; charset=iso-8859-1"},
            delimiter = '|')
    void aRangeOfALargerArrayDecodesAsThePageAlone(String charset, String contentType) {
        String text = "<html><head><title>t</title></head><body><p>" + ARABIC + " " + RUSSIAN + " caf\u00e9 \u2019"
                + "x".repeat(5000) + "</p></body></html>";
        Charset cs = Charset.forName(charset);
        for (byte[] page : new byte[][] {text.getBytes(cs), ("ab" + "y".repeat(5000)).getBytes(cs), "<p>é</p>".getBytes(cs),
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))}) {
            byte[] larger = new byte[page.length + 23];
            Arrays.fill(larger, (byte) 0xFF);
            System.arraycopy(page, 0, larger, 11, page.length);
            PageDecoder.Chars alone = decoder.decodeShared(page, contentType);
            String aloneText = alone.text().toString();
            PageDecoder.Chars range = decoder.decodeShared(larger, 11, page.length, contentType);
            assertThat(range.text().toString()).isEqualTo(aloneText);
            assertThat(range.charset()).isEqualTo(alone.charset());
            assertThat(range.binary()).isEqualTo(alone.binary());
        }
    }

    @Test
    void headerCharsetIsUsed() {
        DecodedPage p = decoder.decode(ARABIC.getBytes(Charset.forName("windows-1256")), "text/html; charset=windows-1256");
        assertThat(p.text()).isEqualTo(ARABIC);
        assertThat(p.charset().name()).isEqualTo("windows-1256");
        assertThat(p.binary()).isFalse();
    }

    @Test
    void quotedAndCasedHeaderCharset() {
        DecodedPage p = decoder.decode(RUSSIAN.getBytes(Charset.forName("KOI8-R")), "text/html;Charset=\"KOI8-R\"; x=y");
        assertThat(p.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void bomWinsOverHeader() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8));
        DecodedPage p = decoder.decode(body, "text/html; charset=windows-1252");
        assertThat(p.text()).isEqualTo(FRENCH);
        assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, RUSSIAN.getBytes(StandardCharsets.UTF_16BE));
        assertThat(decoder.decode(le, null).text()).isEqualTo(ARABIC);
        assertThat(decoder.decode(be, null).text()).isEqualTo(RUSSIAN);
        assertThat(decoder.decode(le, null).binary()).isFalse();
    }

    @Test
    void metaCharsetAndHttpEquivAreRead() {
        String a = "<!doctype html><html><head><meta charset=\"windows-1256\"><title>t</title></head>" + ARABIC;
        String r = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\"></head>" + RUSSIAN;
        assertThat(decoder.decode(a.getBytes(Charset.forName("windows-1256")), "text/html").text()).isEqualTo(a);
        assertThat(decoder.decode(r.getBytes(Charset.forName("windows-1251")), null).text()).isEqualTo(r);
    }

    @Test
    void declaredLatinCharsetLosesToRealUtf8() {
        DecodedPage p = decoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1");
        assertThat(p.text()).isEqualTo(ARABIC);
    }

    @ParameterizedTest
    @CsvSource({"windows-1256,ar", "ISO-8859-6,ar", "windows-1251,ru", "KOI8-R,ru", "windows-1252,fr", "windows-1252,de"})
    void undeclaredLegacyCharsetsAreSniffed(String charset, String lang) {
        String text = switch (lang) {
            case "ar" -> ARABIC;
            case "ru" -> RUSSIAN;
            case "fr" -> FRENCH;
            default -> GERMAN;
        };
        DecodedPage p = decoder.decode(text.getBytes(Charset.forName(charset)), "text/html");
        assertThat(p.text()).isEqualTo(text);
        assertThat(p.charset()).isEqualTo(Charset.forName(charset));
    }

    @Test
    void undeclaredUtf8AndAscii() {
        assertThat(decoder.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8), null).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoder.decode("<p>hello</p>".getBytes(StandardCharsets.US_ASCII), null).text()).isEqualTo("<p>hello</p>");
    }

    @Test
    void unknownCharsetNamesNeverThrow() {
        byte[] b = FRENCH.getBytes(StandardCharsets.UTF_8);
        for (String ct : new String[] {"text/html; charset=x-no-such", "text/html; charset=", "text/html; charset=\"",
            "text/html; charset=utf-8;;", "text/html; charset=@@@", "charset=UTF8"}) {
            assertThat(decoder.decode(b, ct).text()).isEqualTo(FRENCH);
        }
        String m = "<meta charset=\"klingon-42\">" + FRENCH;
        assertThat(decoder.decode(m.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(m);
    }

    @Test
    void invalidBytesAreReplaced() {
        byte[] b = concat("<p>ok ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        DecodedPage p = decoder.decode(b, "text/html; charset=utf-8");
        assertThat(p.text()).startsWith("<p>ok ").contains("\uFFFD");
    }

    @Test
    void binaryBodiesAreRecognised() {
        assertThat(decoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "text/html").binary()).isTrue();
        assertThat(decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, null).binary()).isTrue();
        assertThat(decoder.decode("GIF89a....".getBytes(StandardCharsets.US_ASCII), null).binary()).isTrue();
        assertThat(decoder.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), null).binary()).isTrue();
        assertThat(decoder.decode(new byte[] {'P', 'K', 3, 4, 20, 0}, null).binary()).isTrue();
        assertThat(decoder.decode(new byte[] {0x1F, (byte) 0x8B, 8, 0}, null).binary()).isTrue();
        byte[] nuls = new byte[400];
        Arrays.fill(nuls, (byte) 'a');
        for (int i = 0; i < 400; i += 7) {
            nuls[i] = 0;
        }
        assertThat(decoder.decode(nuls, null).binary()).isTrue();
        assertThat(decoder.decode(new byte[0], null).binary()).isFalse();
        assertThat(decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), null).binary()).isFalse();
    }

    @Test
    void truncatedUtf8IsStillUtf8() {
        byte[] full = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, 101); // mid-sequence
        assertThat(decoder.decode(cut, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void sharedArabicSampleSurvivesWindows1256WithoutDeclaration() throws java.io.IOException {
        String shared = System.getProperty("newspipe.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "newspipe.shared not set");
        java.nio.file.Path sample = java.nio.file.Path.of(shared, "samples", "naive-scrape-ar.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(sample), "sample missing");
        // Keep only what windows-1256 can encode, then serve it undeclared inside real-looking markup.
        String text = new String(java.nio.file.Files.readString(sample, StandardCharsets.UTF_8)
                .getBytes(Charset.forName("windows-1256")), Charset.forName("windows-1256"));
        String html = "<!DOCTYPE html><html><head><title>x</title></head><body><div class=\"content\">" + text
                + "</div></body></html>";
        DecodedPage p = decoder.decode(html.getBytes(Charset.forName("windows-1256")), "text/html");
        assertThat(p.charset().name()).isEqualTo("windows-1256");
        assertThat(p.text()).isEqualTo(html);
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulPattern() {
        String html = "<html><body><p>Hello, world. Bonjour à tous.</p></body></html>";
        assertThat(decoder.decode(html.getBytes(StandardCharsets.UTF_16LE), null).text()).isEqualTo(html);
        assertThat(decoder.decode(html.getBytes(StandardCharsets.UTF_16BE), null).text()).isEqualTo(html);
        assertThat(decoder.decode(html.getBytes(StandardCharsets.UTF_16LE), null).binary()).isFalse();
    }

    @Property(tries = 1000)
    void utf8TextRoundTrips(@ForAll @CharRange(from = ' ', to = '\uD7FF') @CharRange(from = '\uE000', to = '\uFFFD')
            String s) {
        net.jqwik.api.Assume.that(!s.startsWith("\uFEFF") && !s.startsWith("GIF8") && !s.startsWith("%PDF"));
        assertThat(decoder.decode(s.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(s);
    }

    @Property(tries = 500)
    void neverThrowsOnArbitraryBytes(@ForAll byte[] body, @ForAll String contentType) {
        DecodedPage p = decoder.decode(body, contentType);
        assertThat(p.text()).isNotNull();
    }

    @Test
    void literalReplacementCharacterInValidUtf8StaysUtf8() {
        String html = FRENCH.replace("été", "\uFFFD été");
        DecodedPage p = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=windows-1252");
        assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(p.text()).isEqualTo(html);
    }

    @Test
    void invalidUtf8AfterTheProbeStillFallsBackToTheLegacyCharset() {
        String head = "<html><head><title>t</title></head><body>" + "<p>plain ascii text</p>".repeat(300);
        byte[] body = concat(head.getBytes(StandardCharsets.US_ASCII), FRENCH.getBytes(Charset.forName("windows-1252")));
        DecodedPage p = decoder.decode(body, null);
        assertThat(p.charset().name()).isEqualTo("windows-1252");
        assertThat(p.text()).isEqualTo(head + FRENCH);
    }

    @Test
    void asciiUnderADeclaredSingleByteCharsetKeepsTheDeclaration() {
        byte[] body = "<html><body><p>only ascii</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(decoder.decode(body, "text/html; charset=windows-1256").charset().name()).isEqualTo("windows-1256");
    }

    /** The decode-once path picks what the earlier decode-after-a-full-scan picked, on any mix of bytes. */
    @Property(tries = 1000)
    void decodesAsTheFullByteScanDecides(@ForAll("tails") byte[] tail, @ForAll("declarations") String contentType) {
        byte[] body = concat(FRENCH.getBytes(StandardCharsets.UTF_8), tail);
        net.jqwik.api.Assume.that(!PageDecoder.isBinary(body) && PageDecoder.utf16WithoutBom(body) == null);
        DecodedPage p = decoder.decode(body, contentType);
        Charset declared = CharsetSniffer.fromContentType(contentType);
        if (declared == null) {
            declared = CharsetSniffer.fromMeta(body);
        }
        Charset expected;
        if (declared != null && !CharsetSniffer.isSingleByte(declared)) {
            expected = declared;
        } else {
            int multiByte = CharsetSniffer.utf8MultiByteCount(body);
            expected = declared != null ? (multiByte > 0 ? StandardCharsets.UTF_8 : declared)
                    : multiByte >= 0 ? StandardCharsets.UTF_8 : CharsetSniffer.guessLegacy(body);
        }
        assertThat(p.charset()).isEqualTo(expected);
        assertThat(p.text()).isEqualTo(new String(body, expected));
    }

    /** Arbitrary bytes (mostly ill-formed UTF-8), or the UTF-8 of arbitrary text (well-formed, any script). */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<byte[]> tails() {
        return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                net.jqwik.api.Arbitraries.strings().all().ofMaxLength(200).map(t -> t.getBytes(StandardCharsets.UTF_8)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> declarations() {
        return net.jqwik.api.Arbitraries.of("text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252",
                "text/html; charset=windows-1256", "text/html; charset=koi8-r");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
