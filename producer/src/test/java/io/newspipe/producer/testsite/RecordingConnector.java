package io.newspipe.producer.testsite;

import io.newspipe.producer.fetch.SocketHttpClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Opens connections only to loopback and records every target: a test asserts on {@link #targets()} that
 * nothing tried to reach a refused address (a non-loopback target fails the connection loudly instead).
 */
public final class RecordingConnector implements SocketHttpClient.Connector {
    private final List<InetSocketAddress> targets = Collections.synchronizedList(new ArrayList<>());
    private final List<InetSocketAddress> refused = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Socket connect(InetSocketAddress target, int timeoutMillis) throws IOException {
        if (!target.getAddress().isLoopbackAddress()) {
            refused.add(target);
            throw new IOException("test connector: refusing non-loopback target " + target);
        }
        targets.add(target);
        return SocketHttpClient.Connector.plain().connect(target, timeoutMillis);
    }

    public List<InetSocketAddress> targets() {
        synchronized (targets) {
            return List.copyOf(targets);
        }
    }

    /** Non-loopback targets something tried to connect to (must stay empty). */
    public List<InetSocketAddress> nonLoopbackAttempts() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }
}
