package io.newspipe.streams.topology;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

/**
 * RocksDB settings for the app's stores: ZSTD block compression (Kafka Streams leaves it off). The dedup
 * stores hold many small records (a band entry is a 5-byte key and a 17-byte value) whose per-record
 * overhead in an SST block (internal key suffix, lengths) compresses well, and a whole page awaiting its
 * decision is mostly text. Set through {@code kafka.rocksdb.config.setter}; stateless and thread-safe.
 */
public final class CompressedStores implements RocksDBConfigSetter {
    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(CompressionType.ZSTD_COMPRESSION);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here
    }
}
