package io.newspipe.streams.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Record headers as bytes, so a page's headers can wait with it in the dedup state and go out on its
 * result (tracing, the bench's send-time stamp). Stateless and thread-safe.
 */
final class HeaderBytes {
    private HeaderBytes() {
    }

    static byte[] encode(Headers headers) {
        Header[] all = headers.toArray();
        if (all.length == 0) {
            return new byte[0];
        }
        int size = 4;
        for (Header h : all) {
            size += 8 + h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(all.length);
        for (Header h : all) {
            byte[] key = h.key().getBytes(StandardCharsets.UTF_8);
            out.putInt(key.length).put(key);
            if (h.value() == null) {
                out.putInt(-1);
            } else {
                out.putInt(h.value().length).put(h.value());
            }
        }
        return out.array();
    }

    static Headers decode(byte[] bytes) {
        RecordHeaders headers = new RecordHeaders();
        if (bytes.length == 0) {
            return headers;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        for (int n = in.getInt(), i = 0; i < n; i++) {
            byte[] key = new byte[in.getInt()];
            in.get(key);
            int length = in.getInt();
            byte[] value = length < 0 ? null : new byte[length];
            if (value != null) {
                in.get(value);
            }
            headers.add(new String(key, StandardCharsets.UTF_8), value);
        }
        return headers;
    }
}
