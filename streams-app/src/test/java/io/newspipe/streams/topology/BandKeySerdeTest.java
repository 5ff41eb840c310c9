package io.newspipe.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandKeySerdeTest {
    private final BandKeySerde serde = new BandKeySerde();

    private byte[] bytes(long key) {
        return serde.serializer().serialize("t", key);
    }

    private long back(byte[] bytes) {
        return serde.deserializer().deserialize("t", bytes);
    }

    @Test
    void keepsTheLowFiveBytes() {
        long key = 0x1122334455667788L;
        assertThat(bytes(key)).containsExactly(0x44, 0x55, 0x66, 0x77, (byte) 0x88);
        assertThat(back(bytes(key))).isEqualTo(0x4455667788L);
        assertThat(bytes(-1L)).hasSize(BandKeySerde.BYTES);
    }

    @Test
    void aKeyReadBackWritesTheSameBytes() {
        for (long key : new long[] {0, 1, -1, Long.MIN_VALUE, 0x00FFFFFFFFFFL, 0xDEADBEEFCAFEBABEL}) {
            assertThat(bytes(back(bytes(key)))).isEqualTo(bytes(key));
        }
    }

    @Test
    void keysThatDifferInTheLowBytesStayApart() {
        assertThat(bytes(0x0100000000L)).isNotEqualTo(bytes(0x0200000000L));
        assertThat(bytes(0x0100000000L << 8)).isEqualTo(bytes(0)); // beyond 40 bits: one list, by design
        assertThat(serde.serializer().serialize("t", null)).isNull();
    }
}
