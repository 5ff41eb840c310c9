package io.newspipe.producer.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher resolves every host through this interface, checks the
 * addresses with {@link AddressGuard} and connects to the checked address itself, so tests can plug in a
 * stub and no lookup happens behind the guard's back. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface HostResolver {
    /** All addresses of {@code host} (never empty). */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver ({@link InetAddress#getAllByName}). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
