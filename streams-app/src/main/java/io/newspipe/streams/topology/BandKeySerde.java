package io.newspipe.streams.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Keys of the {@code dedup-bands} store: the low {@value #BYTES} bytes of an LSH band key instead of all 8,
 * which saves 3 bytes per band and article in the store and its changelog. Deliberately lossy: two band
 * keys of one partition that agree in those 40 bits share one list. That is harmless, since a band key only
 * finds candidates and every candidate is verified by its signature at its home (an unrelated entry costs
 * one inquiry answered "not a candidate"), and rare: with 35 million live band keys in a partition (10
 * million articles a week over 4 partitions) a new key meets another with probability 3 in 100,000. Reading
 * a key back gives the truncated value, which writes back to the same bytes (expiry relies on that).
 * Stateless and thread-safe.
 */
final class BandKeySerde implements Serde<Long> {
    static final int BYTES = 5;

    @Override
    public Serializer<Long> serializer() {
        return (topic, key) -> {
            if (key == null) {
                return null;
            }
            byte[] out = new byte[BYTES];
            long v = key;
            for (int i = BYTES - 1; i >= 0; i--) {
                out[i] = (byte) v;
                v >>>= 8;
            }
            return out;
        };
    }

    @Override
    public Deserializer<Long> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            long v = 0;
            for (byte b : bytes) {
                v = (v << 8) | (b & 0xFF);
            }
            return v;
        };
    }
}
