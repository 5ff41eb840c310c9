package io.newspipe.producer.fetch;

import java.io.IOException;
import java.io.InputStream;

/** Decodes HTTP/1.1 chunked transfer encoding; trailers are skipped. Not thread-safe. */
final class ChunkedInputStream extends InputStream {
    private final InputStream in;
    private long remaining;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        if (remaining == 0) {
            remaining = nextChunkSize();
            if (remaining == 0) {
                done = true;
                while (!HttpLines.readLine(in).isEmpty()) {
                    // trailer fields are not kept
                }
                return -1;
            }
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new IOException("connection closed inside a chunk");
        }
        remaining -= n;
        if (remaining == 0) {
            HttpLines.readLine(in);
        }
        return n;
    }

    private long nextChunkSize() throws IOException {
        String line = HttpLines.readLine(in);
        int semi = line.indexOf(';');
        String hex = (semi < 0 ? line : line.substring(0, semi)).strip();
        try {
            long size = Long.parseLong(hex, 16);
            if (size < 0) {
                throw new IOException("negative chunk size");
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size: " + hex, e);
        }
    }
}
