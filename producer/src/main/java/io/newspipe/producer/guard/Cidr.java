package io.newspipe.producer.guard;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An IPv4 or IPv6 network in CIDR notation, e.g. {@code 127.0.0.0/8} or {@code fc00::/7}. Parsing never
 * touches DNS: only address literals are accepted. Immutable and thread-safe.
 *
 * @param network the network address bytes (4 or 16)
 * @param prefix the prefix length in bits
 */
public record Cidr(byte[] network, int prefix) {
    public Cidr {
        Objects.requireNonNull(network, "network");
        network = network.clone();
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("network must be 4 or 16 bytes");
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("bad prefix length " + prefix);
        }
    }

    /** Parses {@code address/prefix}; a bare address means a single host. */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int slash = s.indexOf('/');
        String addr = slash < 0 ? s : s.substring(0, slash);
        InetAddress address = IpLiterals.parse(addr)
                .orElseThrow(() -> new IllegalArgumentException("not an IP network: " + text));
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP network: " + text, e);
        }
        return new Cidr(address.getAddress(), prefix);
    }

    /** Whether {@code address} lies in this network (addresses of the other family never do). */
    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (a[full] & mask) == (network[full] & mask);
    }

    /** Whether this network is a single host. */
    public boolean isHost() {
        return prefix == network.length * 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefix == prefix && java.util.Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
