package io.newspipe.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long strings encoded or decoded before in the thread are written from {@link Utf8Memo}: every path
 * (first encode, repeat encode, encode of a decoded string, a string whose bytes were malformed, more
 * strings than the memo keeps) writes the bytes Avro's own message encoder writes.
 */
class Utf8MemoTest {
    private final AvroSerde<Article> articles = NewsSerdes.article();

    static Stream<String> texts() {
        return Stream.of("x".repeat(Utf8Memo.MIN_CHARS - 1), "x".repeat(Utf8Memo.MIN_CHARS), "é".repeat(300),
                "مرحبا بالعالم ".repeat(40), "emoji 😀 pair ".repeat(30), "unpaired \ud800 high ".repeat(20),
                "ends high ".repeat(40) + "\ud83d", "z".repeat(300_000));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aRepeatedEncodeWritesTheSameBytesAsAvro(String text) {
        Article article = article(text, text + " html");

        byte[] first = articles.encode(article);
        byte[] second = articles.encode(article);

        assertThat(first).isEqualTo(avroEncode(article));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aDecodedArticleEncodesBackToItsBytes(String text) {
        byte[] bytes = avroEncode(article(text, "<p>" + text));

        Article decoded = articles.decode(bytes);

        assertThat(articles.encode(decoded)).isEqualTo(bytes);
        assertThat(articles.encode(decoded)).isEqualTo(avroEncode(decoded));
    }

    @Test
    void keepsADecodedStringOnlyWhenItsBytesWereWellFormed() {
        String good = "ع".repeat(400);
        byte[] goodBytes = good.getBytes(StandardCharsets.UTF_8);
        byte[] bad = goodBytes.clone();
        bad[101] = (byte) 0xFF; // not UTF-8: decodes to U+FFFD, which encodes to other bytes
        Utf8Memo memo = new Utf8Memo();
        String fromGood = new String(goodBytes, StandardCharsets.UTF_8);
        String fromBad = new String(bad, StandardCharsets.UTF_8);

        memo.keepDecoded(fromGood, goodBytes, 0, goodBytes.length);
        memo.keepDecoded(fromBad, bad, 0, bad.length);

        assertThat(memo.bytesOf(fromGood)).isEqualTo(goodBytes);
        assertThat(memo.bytesOf(fromBad)).isNull();
        assertThat(memo.bytesOf(new String(fromGood))).as("found by identity only").isNull();
    }

    @Test
    void keepsADecodedStringAsAViewOfItsMessageAndAnEncodedOneAsACopy() {
        String text = "é".repeat(300);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[utf8.length + 7];
        System.arraycopy(utf8, 0, message, 5, utf8.length);
        String decoded = new String(utf8, StandardCharsets.UTF_8);
        byte[] encoderBuffer = message.clone();
        Utf8Memo memo = new Utf8Memo();

        memo.keepDecoded(decoded, message, 5, utf8.length);
        memo.keep(text, encoderBuffer, 5, utf8.length);
        encoderBuffer[5] = 0; // the encoder reuses its buffer: the kept copy must not change

        int view = memo.slotOf(decoded);
        assertThat(memo.array(view)).as("no copy of a consumed message").isSameAs(message);
        assertThat(memo.offset(view)).isEqualTo(5);
        assertThat(memo.length(view)).isEqualTo(utf8.length);
        assertThat(memo.bytesOf(text)).isEqualTo(utf8);
    }

    @Test
    void aMessageWithAMalformedBodyDecodesAndEncodesAsAvroDoes() {
        String body = "ع".repeat(400);
        byte[] message = articles.encode(article(body, "h"));
        int at = indexOf(message, body.getBytes(StandardCharsets.UTF_8));
        message[at + 7] = (byte) 0xC0; // the body's bytes are no longer UTF-8

        Article decoded = articles.decode(message);

        assertThat(decoded.getBodyText()).contains("\uFFFD");
        assertThat(articles.encode(decoded)).isEqualTo(avroEncode(decoded)).isNotEqualTo(message);
    }

    @Test
    void doesNotKeepAStringLongerThanItsLimit() {
        String huge = "a".repeat(Utf8Memo.MAX_BYTES + 1);
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        Utf8Memo memo = new Utf8Memo();

        memo.keep(huge, bytes, 0, bytes.length);

        assertThat(memo.bytesOf(huge)).isNull();
        assertThat(articles.encode(article(huge, "h"))).isEqualTo(avroEncode(article(huge, "h")));
    }

    @Test
    void moreStringsThanTheMemoKeepsStillEncodeExactly() {
        List<Article> many = Stream.iterate(0, i -> i + 1).limit(3L * Utf8Memo.SLOTS)
                .map(i -> article(("text " + i + " ").repeat(60), ("<p>" + i).repeat(80))).toList();
        for (int round = 0; round < 3; round++) {
            for (Article a : many) {
                assertThat(articles.encode(a)).isEqualTo(avroEncode(a));
            }
        }
    }

    private static Article article(String body, String html) {
        return Article.newBuilder().setId("id").setUrl("https://example.org/a").setCanonicalUrl("c").setRevision(1)
                .setSite(null).setTitle("t").setLead(body.substring(0, Math.min(body.length(), 300)))
                .setBodyText(body).setBodyHtml(html).setAuthors(List.of()).setPublishedAt(null).setModifiedAt(null)
                .setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L)).setLanguage("ar").setTextDirection("rtl")
                .setImageUrl(null).setSiteKeywords(List.of()).setKeywords(List.of()).setEntities(List.of())
                .setTopics(List.of()).setContentHash("").setFingerprint(null).setExtractorVersion("v").build();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static byte[] avroEncode(Article record) {
        try {
            ByteBuffer buffer = new BinaryMessageEncoder<Article>(SpecificData.get(), record.getSchema()).encode(record);
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
