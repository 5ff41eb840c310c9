package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    @Test
    void lookupMapsWebLabelsAndNeverThrows() {
        assertThat(CharsetSniffer.lookup("ISO-8859-1")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(CharsetSniffer.lookup(" \"UTF8\" ")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.lookup("cp1256")).isEqualTo(Charset.forName("windows-1256"));
        assertThat(CharsetSniffer.lookup("no such charset")).isNull();
        assertThat(CharsetSniffer.lookup("")).isNull();
        assertThat(CharsetSniffer.lookup(null)).isNull();
    }

    @Test
    void metaDeclarationOnlyWithinTheFirstBytes() {
        String meta = "<meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>";
        assertThat(CharsetSniffer.fromMeta(meta.getBytes(StandardCharsets.US_ASCII))).isEqualTo(Charset.forName("windows-1256"));
        String late = " ".repeat(CharsetSniffer.META_SCAN_BYTES) + meta;
        assertThat(CharsetSniffer.fromMeta(late.getBytes(StandardCharsets.US_ASCII))).isNull();
        // A meta tag cannot declare UTF-16: bytes readable as ASCII are not UTF-16.
        assertThat(CharsetSniffer.fromMeta("<meta charset=utf-16>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8Validation() {
        assertThat(CharsetSniffer.utf8MultiByteCount("abc".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(CharsetSniffer.utf8MultiByteCount("éé".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(CharsetSniffer.utf8MultiByteCount("é".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(-1);
        assertThat(CharsetSniffer.utf8MultiByteCount(new byte[] {(byte) 0xC0, (byte) 0x80})).isEqualTo(-1); // overlong
    }
}
