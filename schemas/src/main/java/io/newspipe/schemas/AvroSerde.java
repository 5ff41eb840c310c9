package io.newspipe.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
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
 * message raise {@link SerializationException}. Thread-safe: Avro's message encoder and decoder
 * keep their buffers per thread.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final String recordName;

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
        this.encoder = new BinaryMessageEncoder<>(SpecificData.get(), schema);
        this.decoder = new BinaryMessageDecoder<>(SpecificData.get(), schema, store);
    }

    /** Encodes one record; never returns null for a non-null record. */
    public byte[] encode(T record) {
        Objects.requireNonNull(record, "record");
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + recordName + ": " + e.getMessage(), e);
        }
    }

    /** Decodes one single-object-encoded message; throws {@link SerializationException} on bad bytes. */
    public T decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
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
