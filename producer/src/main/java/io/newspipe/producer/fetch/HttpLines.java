package io.newspipe.producer.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads CRLF- (or LF-) terminated protocol lines of bounded length. Stateless and thread-safe. */
final class HttpLines {
    static final int MAX_LINE = 16 * 1024;

    private HttpLines() {
    }

    static String readLine(InputStream in) throws IOException {
        byte[] buf = new byte[256];
        int len = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (len == 0) {
                    throw new EOFException("connection closed");
                }
                break;
            }
            if (c == '\n') {
                break;
            }
            if (len == MAX_LINE) {
                throw new IOException("protocol line longer than " + MAX_LINE + " bytes");
            }
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = (byte) c;
        }
        if (len > 0 && buf[len - 1] == '\r') {
            len--;
        }
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }
}
