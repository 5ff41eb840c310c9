package io.newspipe.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.avro.RawPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
    private final AvroSerde<RawPage> serde = NewsSerdes.rawPage();

    private static RawPage page() {
        return RawPage.newBuilder().setUrl("https://example.org/a").setFetchedAt(Instant.parse("2024-01-02T03:04:05Z"))
                .setHttpStatus(200).setContentType("text/html; charset=windows-1256")
                .setHeaders(Map.of("etag", "\"x\"")).setBody(ByteBuffer.wrap("<p>مرحبا</p>".getBytes(StandardCharsets.UTF_8)))
                .setSource("feed").setSite("demo").setCrawlMetadata(Map.of()).build();
    }

    @Test
    void encodesWithTheSingleObjectHeaderAndTheSchemaFingerprint() {
        byte[] bytes = serde.encode(page());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = SchemaNormalization.parsingFingerprint64(RawPage.getClassSchema());
        long written = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(written).isEqualTo(fingerprint);
    }

    @Test
    void roundTrips() {
        RawPage page = page();
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", page))).isEqualTo(page);
    }

    @Test
    void decodesRecordsWrittenWithAnOlderSchemaVersion() {
        // An older writer: RawPage without the optional fields added later.
        Schema old = new Schema.Parser().parse("""
                {"type":"record","name":"RawPage","namespace":"io.newspipe.avro","fields":[
                 {"name":"url","type":"string"},
                 {"name":"fetched_at","type":{"type":"long","logicalType":"timestamp-millis"}},
                 {"name":"body","type":"bytes"}]}""");
        SchemaHistory history = SchemaHistory.of("RawPage");
        AvroSerde<RawPage> withOld = new AvroSerde<>(RawPage.getClassSchema(), new TestHistory(history, old).get());
        GenericRecord record = new GenericData.Record(old);
        record.put("url", "https://example.org/old");
        record.put("fetched_at", 1_700_000_000_000L);
        record.put("body", ByteBuffer.wrap(new byte[] {60, 112, 62}));
        byte[] bytes = encodeGeneric(old, record);

        RawPage decoded = withOld.decode(bytes);

        assertThat(decoded.getUrl()).isEqualTo("https://example.org/old");
        assertThat(decoded.getHttpStatus()).isEqualTo(200);
        assertThat(decoded.getSource()).isEqualTo("import");
    }

    @Test
    void rejectsBytesThatAreNotAKnownMessage() {
        assertThatThrownBy(() -> serde.decode(new byte[] {1, 2, 3})).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> serde.decode(new byte[] {(byte) 0xC3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("RawPage");
        byte[] good = serde.encode(page());
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 5);
        assertThatThrownBy(() -> serde.decode(truncated)).isInstanceOf(SerializationException.class);
    }

    private static byte[] encodeGeneric(Schema schema, GenericRecord record) {
        try {
            ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** History plus one extra old schema, to simulate data from before the first published version. */
    private record TestHistory(SchemaHistory base, Schema extra) {
        SchemaHistory get() {
            return SchemaHistory.withExtra(base, extra);
        }
    }
}
