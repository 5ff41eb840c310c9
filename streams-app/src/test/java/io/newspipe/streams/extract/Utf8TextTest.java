package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
    @Property(tries = 500)
    void decodesLikeTheStringConstructor(@ForAll("pages") byte[] body) {
        assertThat(Utf8Text.decode(body, 0, body.length)).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void strictDecodeIsExactOrNull(@ForAll("pages") byte[] body) {
        String strict = Utf8Text.strict(body, 0, body.length);
        String replaced = new String(body, StandardCharsets.UTF_8);
        boolean wellFormed = java.util.Arrays.equals(replaced.getBytes(StandardCharsets.UTF_8), body);
        assertThat(strict).isEqualTo(wellFormed ? replaced : null);
    }

    /**
     * Every lead byte from 0x80 up, every second byte, and third and fourth bytes at the edges of the
     * continuation range (table 3-7's overlong, surrogate and out-of-range forms), whole and cut short: the
     * decoder accepts exactly what the JDK's strict decoder accepts, with the same chars.
     */
    @Test
    void acceptsExactlyWhatTheJdkAccepts() {
        int[] tails = {0x41, 0x7F, 0x80, 0xBF, 0xC0};
        int checked = 0;
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int third : tails) {
                    for (int fourth : tails) {
                        byte[] bytes = {(byte) lead, (byte) second, (byte) third, (byte) fourth};
                        for (int length = 1; length <= 4; length++) {
                            byte[] cut = java.util.Arrays.copyOf(bytes, length);
                            if (!java.util.Objects.equals(Utf8Text.strict(cut, 0, length), jdkStrict(cut))) {
                                differ.add(java.util.HexFormat.of().formatHex(cut));
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(differ).isEmpty();
        assertThat(checked).isEqualTo(128 * 256 * 25 * 4);
    }

    @Test
    void tellsWhetherTheTextHoldsAReplacementCharacter() {
        byte[] plain = "caf\u00e9 \u2019".getBytes(StandardCharsets.UTF_8);
        byte[] replacement = "a\uFFFDb".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.strictDecode(plain, 0, plain.length).holdsReplacement()).isFalse();
        assertThat(Utf8Text.strictDecode(replacement, 0, replacement.length).holdsReplacement()).isTrue();
    }

    /** The JDK's strict decoding, or null; results rather than exceptions: millions of inputs are ill-formed. */
    private static String jdkStrict(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        if (decoder.decode(java.nio.ByteBuffer.wrap(bytes), out, true).isError() || decoder.flush(out).isError()) {
            return null;
        }
        return out.flip().toString();
    }

    @Property(tries = 300)
    void roundTripsArbitraryTextLongerThanAWindow(@ForAll("longText") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String expected = new String(bytes, StandardCharsets.UTF_8); // lone surrogates become '?'
        assertThat(Utf8Text.strict(bytes, 0, bytes.length)).isEqualTo(expected);
    }

    @Test
    void decodesFromAnOffsetAndRejectsACutSequence() {
        byte[] bytes = "\uFEFFcaf\u00e9 \u2019 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.decode(bytes, 3, bytes.length - 3)).isEqualTo("caf\u00e9 \u2019 \uD83D\uDE00");
        assertThat(Utf8Text.strict(bytes, 0, bytes.length - 1)).isNull();
        assertThat(Utf8Text.decode(bytes, 3, bytes.length - 4))
                .isEqualTo(new String(bytes, 3, bytes.length - 4, StandardCharsets.UTF_8));
        assertThat(Utf8Text.strict(new byte[0], 0, 0)).isEmpty();
    }

    /** Long ASCII runs broken by multi-byte characters and, sometimes, ill-formed bytes. */
    @Provide
    Arbitrary<byte[]> pages() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMaxLength(700).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(50).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, ascii), net.jqwik.api.Tuple.of(6, text),
                net.jqwik.api.Tuple.of(1, junk)).list().ofMaxSize(12).map(Utf8TextTest::concat);
    }

    @Provide
    Arbitrary<String> longText() {
        return Arbitraries.strings().all().ofMinLength(400).ofMaxLength(3000);
    }

    private static byte[] concat(java.util.List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
