package io.newspipe.streams.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.schemas.NewsSerdes;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroDecodeLimitsTest {

    /** A valid single-object header followed by a string length prefix of about one gigabyte. */
    static byte[] forgedLengthRecord() {
        byte[] valid = NewsSerdes.rawPage().encode(io.newspipe.avro.RawPage.newBuilder().setUrl("u")
                .setFetchedAt(java.time.Instant.EPOCH).setHttpStatus(200).setContentType("text/html")
                .setHeaders(java.util.Map.of()).setBody(java.nio.ByteBuffer.wrap(new byte[1])).setSource("test")
                .setSite(null).setCrawlMetadata(java.util.Map.of()).build());
        byte[] forged = Arrays.copyOf(valid, 15);
        byte[] prefix = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x05};
        System.arraycopy(prefix, 0, forged, 10, prefix.length);
        return forged;
    }

    @Test
    void aForgedLengthPrefixIsASerializationExceptionNotAnOutOfMemoryError() {
        assertThat(AvroDecodeLimits.install()).isTrue();
        assertThat(AvroDecodeLimits.active()).isTrue();
        assertThatThrownBy(() -> NewsSerdes.rawPage().decode(forgedLengthRecord()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("maximum");
    }

    @Test
    void installIsIdempotentAndKeepsAnOperatorsValue() {
        AvroDecodeLimits.install();
        String before = System.getProperty(AvroDecodeLimits.STRING_PROPERTY);
        AvroDecodeLimits.install();
        assertThat(System.getProperty(AvroDecodeLimits.STRING_PROPERTY)).isEqualTo(before);
    }
}
