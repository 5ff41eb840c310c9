package io.newspipe.producer.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Cuts a response that takes longer than its deadline in total, even when each read returns in time (a
 * slow-drip body). Each read's socket timeout is lowered to what is left. Not thread-safe.
 */
final class DeadlineInputStream extends FilterInputStream {
    private final Socket socket;
    private final long deadlineNanos;
    private final int readTimeoutMillis;

    DeadlineInputStream(InputStream in, Socket socket, long deadlineNanos, int readTimeoutMillis) {
        super(in);
        this.socket = socket;
        this.deadlineNanos = deadlineNanos;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    private void arm() throws IOException {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("response took longer than the total timeout");
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(readTimeoutMillis, left)));
    }

    @Override
    public int read() throws IOException {
        arm();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return super.read(b, off, len);
    }
}
