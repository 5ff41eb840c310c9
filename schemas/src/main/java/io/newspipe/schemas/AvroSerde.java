package io.newspipe.schemas;

import java.io.IOException;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record using Avro single-object encoding: the two marker bytes
 * {@code C3 01}, the 8-byte CRC-64-AVRO fingerprint of the writer schema, then the binary body.
 *
 * <p>The decoder knows every version in the record's {@link SchemaHistory}, so a record written with
 * an older schema is resolved to the current class. Bytes that are not a known single-object
 * message raise {@link SerializationException}. Messages are written, and read when written with the current
 * schema, by this class straight from and into byte arrays ({@link ArrayEncoder}, {@link ArrayDecoder}):
 * the same bytes and records as Avro's message encoder and decoder, without their stream buffers and
 * copies. Thread-safe: the encoder's buffer is kept per thread.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
    private static final int HEADER_BYTES = 10;
    private final BinaryMessageDecoder<T> decoder;
    private final String recordName;
    private final byte[] header;
    private final SpecificDatumWriter<T> writer;
    private final SpecificDatumReader<T> reader;
    private final ThreadLocal<ArrayEncoder> encoders = ThreadLocal.withInitial(() -> new ArrayEncoder(8192));

    /**
     * @param schema the record's current schema (the generated class's {@code SCHEMA$})
     * @param history every published version of the schema, for resolving old writers
     */
    public AvroSerde(Schema schema, SchemaHistory history) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(history, "history");
        SchemaStore.Cache store = new SchemaStore.Cache();
        history.versions().forEach(store::addSchema);
        this.recordName = schema.getName();
        this.decoder = new BinaryMessageDecoder<>(SpecificData.get(), schema, store);
        this.header = header(SchemaNormalization.parsingFingerprint64(schema));
        this.writer = new SpecificDatumWriter<>(schema, SpecificData.get());
        this.reader = new SpecificDatumReader<>(schema, schema, SpecificData.get());
    }

    /** The single-object header: marker C3 01, then the schema fingerprint, little-endian. */
    private static byte[] header(long fingerprint) {
        byte[] h = new byte[HEADER_BYTES];
        h[0] = (byte) 0xC3;
        h[1] = 0x01;
        for (int i = 0; i < 8; i++) {
            h[2 + i] = (byte) (fingerprint >>> (8 * i));
        }
        return h;
    }

    private boolean hasCurrentHeader(byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            return false;
        }
        for (int i = 0; i < HEADER_BYTES; i++) {
            if (bytes[i] != header[i]) {
                return false;
            }
        }
        return true;
    }

    /** Encodes one record; never returns null for a non-null record. */
    public byte[] encode(T record) {
        Objects.requireNonNull(record, "record");
        try {
            ArrayEncoder out = encoders.get();
            out.reset(header);
            writer.write(record, out);
            return out.toByteArray();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + recordName + ": " + e.getMessage(), e);
        }
    }

    /** Decodes one single-object-encoded message; throws {@link SerializationException} on bad bytes. */
    public T decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            if (hasCurrentHeader(bytes)) {
                return reader.read(null, new ArrayDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES));
            }
            // an older writer schema (resolved to the current one) or not a message at all: Avro's decoder
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + recordName + " (" + bytes.length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : encode(record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}
