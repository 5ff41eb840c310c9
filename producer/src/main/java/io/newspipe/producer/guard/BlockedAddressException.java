package io.newspipe.producer.guard;

import java.net.InetAddress;

/**
 * Thrown when a host resolves to an address the guard refuses; {@link #reason()} says which rule.
 * Its own fields are final; thread-safe to read once thrown.
 */
public final class BlockedAddressException extends Exception {
    private final String reason;
    private final transient InetAddress address;

    public BlockedAddressException(String host, InetAddress address, String reason) {
        super("refused " + host + " -> " + address.getHostAddress() + " (" + reason + ")");
        this.reason = reason;
        this.address = address;
    }

    /** Short cause: private, loopback, link_local, cgnat, multicast, unspecified, ula, metadata, reserved. */
    public String reason() {
        return reason;
    }

    public InetAddress address() {
        return address;
    }
}
