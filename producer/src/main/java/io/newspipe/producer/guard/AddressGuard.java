package io.newspipe.producer.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Refuses hosts that resolve to addresses a crawler must not reach: private, loopback, link-local, CGNAT,
 * multicast, unspecified and reserved IPv4 ranges (IPv4-mapped IPv6 addresses arrive as IPv4, so the same rules apply); IPv6 unspecified, loopback, link-local, site-local,
 * unique-local and multicast; and cloud metadata endpoints ({@code 169.254.169.254}, {@code fd00:ec2::254}).
 * Networks listed in {@code allowed_networks} are exempt (metadata endpoints only when a host-sized entry
 * names them). The check runs on the resolved addresses, and the caller connects to the address returned,
 * so a DNS answer cannot change between check and connect. Immutable and thread-safe.
 */
public final class AddressGuard {
    private record Rule(Cidr cidr, String reason) {
    }

    private static final List<Rule> METADATA = List.of(
            new Rule(Cidr.parse("169.254.169.254/32"), "metadata"),
            new Rule(Cidr.parse("fd00:ec2::254/128"), "metadata"));
    private static final List<Rule> RULES = List.of(
            rule("0.0.0.0/8", "unspecified"), rule("10.0.0.0/8", "private"), rule("100.64.0.0/10", "cgnat"),
            rule("127.0.0.0/8", "loopback"), rule("169.254.0.0/16", "link_local"), rule("172.16.0.0/12", "private"),
            rule("192.0.0.0/24", "reserved"), rule("192.0.2.0/24", "reserved"), rule("192.168.0.0/16", "private"),
            rule("198.18.0.0/15", "reserved"), rule("198.51.100.0/24", "reserved"), rule("203.0.113.0/24", "reserved"),
            rule("224.0.0.0/4", "multicast"), rule("240.0.0.0/4", "reserved"),
            rule("::/128", "unspecified"), rule("::1/128", "loopback"),
            rule("64:ff9b::/96", "reserved"), rule("2001:db8::/32", "reserved"), rule("fe80::/10", "link_local"),
            rule("fec0::/10", "private"), rule("fc00::/7", "ula"), rule("ff00::/8", "multicast"));

    private final HostResolver resolver;
    private final List<Cidr> allowed;

    public AddressGuard(HostResolver resolver, List<Cidr> allowedNetworks) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowed = List.copyOf(allowedNetworks);
    }

    private static Rule rule(String cidr, String reason) {
        return new Rule(Cidr.parse(cidr), reason);
    }

    /**
     * Resolves {@code host} and returns the address to connect to. Every resolved address must pass: a
     * name that answers with one public and one private address is refused.
     *
     * @throws BlockedAddressException when an address is refused
     * @throws UnknownHostException when the host does not resolve
     */
    public InetAddress permit(String host) throws BlockedAddressException, UnknownHostException {
        Objects.requireNonNull(host, "host");
        Optional<InetAddress> literal = IpLiterals.parse(host);
        List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new BlockedAddressException(host, address, refusal.get());
            }
        }
        return addresses.get(0);
    }

    /** Why {@code address} is refused, or empty when it may be fetched. */
    public Optional<String> refusal(InetAddress address) {
        for (Rule r : METADATA) {
            if (r.cidr().contains(address)) {
                boolean named = allowed.stream().anyMatch(c -> c.isHost() && c.contains(address));
                return named ? Optional.empty() : Optional.of(r.reason());
            }
        }
        if (allowed.stream().anyMatch(c -> c.contains(address))) {
            return Optional.empty();
        }
        for (Rule r : RULES) {
            if (r.cidr().contains(address)) {
                return Optional.of(r.reason());
            }
        }
        return Optional.empty();
    }
}
