package io.newspipe.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import io.newspipe.streams.limits.AvroDecodeLimits;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Avro single-object serde on hostile bytes: random bytes, bytes with a valid header and
 * fingerprint but a random body, and valid records with mutated bytes. Decoding either succeeds or
 * throws {@link SerializationException}: never another exception, never an {@link Error} such as an
 * out-of-memory on a forged length prefix (which needs {@link AvroDecodeLimits}: without them jqwik
 * finds a 15-byte record that makes Avro allocate a gigabyte).
 */
class SerdeFuzzTest {
    private static final AvroSerde<io.newspipe.avro.RawPage> RAW = NewsSerdes.rawPage();
    private static final byte[] VALID = BadPages.html("https://dailyharbor.example/news/1", BadPages.goodPage());

    /** As the app does when it builds its extract stage. */
    @BeforeContainer
    static void installDecodeLimits() {
        assertThat(AvroDecodeLimits.install()).isTrue();
    }

    private static void decodeOrSerializationException(String caseName, byte[] bytes) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> RAW.decode(bytes));
        BadInputLedger.tried(caseName, System.nanoTime() - start);
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(SerializationException.class);
        }
    }

    @Property(tries = 2000)
    void randomBytes(@ForAll byte[] bytes) {
        decodeOrSerializationException("random_bytes", bytes);
    }

    @Property(tries = 2000)
    void validHeaderRandomBody(@ForAll byte[] body) {
        byte[] bytes = new byte[10 + body.length];
        System.arraycopy(VALID, 0, bytes, 0, 10);
        System.arraycopy(body, 0, bytes, 10, body.length);
        decodeOrSerializationException("valid_header_random_body", bytes);
    }

    @Property(tries = 2000)
    void mutatedValidRecords(@ForAll("mutations") List<int[]> mutations) {
        byte[] bytes = VALID.clone();
        for (int[] m : mutations) {
            bytes[m[0] % bytes.length] = (byte) m[1];
        }
        decodeOrSerializationException("mutated_record", bytes);
    }

    @Property(tries = 500)
    void truncatedValidRecords(@ForAll("cuts") int cut) {
        decodeOrSerializationException("truncated_record", java.util.Arrays.copyOf(VALID, cut));
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255)).as((at, b) -> new int[] {at, b}).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, VALID.length - 1);
    }

    @AfterContainer
    static void writeFigures() {
        BadInputLedger.flush("avro-serde");
    }
}
