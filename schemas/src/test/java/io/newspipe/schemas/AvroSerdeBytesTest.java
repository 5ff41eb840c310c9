package io.newspipe.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.avro.Article;
import io.newspipe.avro.Entity;
import io.newspipe.avro.EntityType;
import io.newspipe.avro.RawPage;
import io.newspipe.avro.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The serde's own array encoder and decoder against Avro's message encoder and decoder: the same bytes
 * and the same records, for strings whose UTF-8 form is longer than their length prefix foresaw,
 * surrogate pairs and unpaired surrogates, every field type of the article.
 */
class AvroSerdeBytesTest {
    private final AvroSerde<Article> articles = NewsSerdes.article();
    private final AvroSerde<RawPage> pages = NewsSerdes.rawPage();

    static Stream<String> texts() {
        return Stream.of("", "a", "é", "مرحبا بالعالم", "emoji 😀 pair", "unpaired \ud800 high", "unpaired \udc00 low",
                "ends high \ud83d", "€ ’ — “quotes”", "x".repeat(63), "x".repeat(64), "é".repeat(32), "é".repeat(8191),
                "ع".repeat(5000) + " " + "a".repeat(3000), "中".repeat(700), "z".repeat(300_000));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void writesTheBytesAvrosMessageEncoderWrites(String text) {
        Article article = article(text);

        byte[] ours = articles.encode(article);

        assertThat(ours).isEqualTo(avroEncode(article));
        assertThat(articles.decode(ours)).isEqualTo(avroDecode(ours, Article.getClassSchema()));
        assertThat(articles.decode(ours).getBodyText()).isEqualTo(new String(text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
    }

    @Test
    void readsARawPageBodyAsAViewOfTheMessage() {
        byte[] body = "<p>مرحبا</p>".getBytes(StandardCharsets.UTF_8);
        RawPage page = RawPage.newBuilder().setUrl("https://example.org/a").setFinalUrl("https://example.org/b")
                .setFetchedAt(Instant.parse("2024-01-02T03:04:05Z")).setHttpStatus(-3).setContentType(null)
                .setHeaders(Map.of("etag", "\"x\"", "vary", "accept")).setBody(ByteBuffer.wrap(body))
                .setSource("feed").setSite(null).setCrawlMetadata(Map.of("attempt", "2")).build();
        byte[] bytes = pages.encode(page);

        RawPage decoded = pages.decode(bytes);

        assertThat(bytes).isEqualTo(avroEncode(page));
        assertThat(decoded).isEqualTo(avroDecode(bytes, RawPage.getClassSchema()));
        ByteBuffer view = decoded.getBody();
        // a view of the message's own array, not a copy: the extractor reads the body where it is
        assertThat(view.array()).isSameAs(bytes);
        assertThat(view.position()).isZero();
        assertThat(Arrays.copyOfRange(bytes, view.arrayOffset(), view.arrayOffset() + view.remaining())).isEqualTo(body);
    }

    @Test
    void rejectsEveryTruncationOfAMessage() {
        byte[] good = articles.encode(article("some text"));
        for (int length = 0; length < good.length; length++) {
            byte[] truncated = Arrays.copyOf(good, length);
            assertThatThrownBy(() -> articles.decode(truncated)).isInstanceOf(SerializationException.class);
        }
    }

    @Test
    void rejectsALengthBeyondTheMessage() {
        byte[] good = pages.encode(RawPage.newBuilder().setUrl("u").setFetchedAt(Instant.EPOCH)
                .setBody(ByteBuffer.wrap(new byte[0])).build());
        byte[] forged = Arrays.copyOf(good, good.length);
        forged[10] = 0x7E; // the url's length: 63 characters, of which 1 is there
        assertThatThrownBy(() -> pages.decode(forged)).isInstanceOf(SerializationException.class);
    }

    private static Article article(String text) {
        Entity entity = Entity.newBuilder().setType(EntityType.values()[0]).setName(text).setId(null)
                .setCountryCode("FR").setMentions(List.of(text, "b")).setCount(-7).build();
        return Article.newBuilder().setId("id").setUrl("https://example.org/" + text).setCanonicalUrl("c")
                .setRevision(300).setSite(null).setTitle(text).setLead(null).setBodyText(text).setBodyHtml("<p>" + text)
                .setAuthors(List.of()).setPublishedAt(Instant.ofEpochMilli(-1)).setModifiedAt(null)
                .setFetchedAt(Instant.ofEpochMilli(Long.MAX_VALUE / 2)).setLanguage("ar").setTextDirection("rtl")
                .setImageUrl(null).setSiteKeywords(List.of("k")).setKeywords(List.of(text))
                .setEntities(List.of(entity)).setTopics(List.of(new Topic("medtop:1", text, 0.25)))
                .setContentHash("").setFingerprint(null).setExtractorVersion("v").build();
    }

    private static <T extends SpecificRecord> byte[] avroEncode(T record) {
        try {
            ByteBuffer buffer = new BinaryMessageEncoder<T>(SpecificData.get(), record.getSchema()).encode(record);
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T avroDecode(byte[] bytes, org.apache.avro.Schema schema) {
        try {
            return new BinaryMessageDecoder<T>(SpecificData.get(), schema).decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
