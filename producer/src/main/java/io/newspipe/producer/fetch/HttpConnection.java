package io.newspipe.producer.fetch;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/** One open HTTP connection to a checked address (plain or TLS), reusable for sequential requests. Not thread-safe. */
final class HttpConnection implements Closeable {
    private final Socket plain;
    private final Socket socket;
    private final DeadlineInputStream deadlineIn;
    final InputStream in;
    final OutputStream out;
    long idleSinceNanos = System.nanoTime();
    boolean reused;

    HttpConnection(Socket plain, Socket socket, int readTimeoutMillis) throws IOException {
        this.plain = plain;
        this.socket = socket;
        this.deadlineIn = new DeadlineInputStream(socket.getInputStream(), socket, System.nanoTime(),
                readTimeoutMillis);
        this.in = new BufferedInputStream(deadlineIn, 16 * 1024);
        this.out = socket.getOutputStream();
    }

    void deadline(long nanos) {
        deadlineIn.deadline(nanos);
    }

    @Override
    public void close() {
        try {
            socket.close();
            if (plain != socket) {
                plain.close();
            }
        } catch (IOException e) {
            // closing a connection that is being discarded: nothing left to do
        }
    }
}
