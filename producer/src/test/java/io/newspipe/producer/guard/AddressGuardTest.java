package io.newspipe.producer.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.producer.testsite.StubResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
            "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "127.0.0.1, loopback", "127.255.0.9, loopback", "169.254.1.1, link_local", "100.64.0.1, cgnat",
            "100.127.255.254, cgnat", "224.0.0.1, multicast", "239.255.255.250, multicast", "0.0.0.0, unspecified",
            "255.255.255.255, reserved", "169.254.169.254, metadata", "::1, loopback", "::, unspecified",
            "fe80::1, link_local", "fc00::1, ula", "fd12:3456::1, ula", "fd00:ec2::254, metadata",
            "ff02::1, multicast", "::ffff:10.0.0.1, private"})
    void refusesPrivateAddressesAfterResolution(String address, String reason) {
        AddressGuard guard = new AddressGuard(new StubResolver().map("evil.test", address), List.of());
        assertThatThrownBy(() -> guard.permit("evil.test"))
                .isInstanceOfSatisfying(BlockedAddressException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void permitsPublicAddressesAndReturnsTheCheckedOne() throws Exception {
        AddressGuard guard = new AddressGuard(new StubResolver().map("news.test", "93.184.216.34", "2606:2800::1"),
                List.of());
        assertThat(guard.permit("news.test")).isEqualTo(InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34}));
        assertThat(guard.permit("100.128.0.1").getHostAddress()).isEqualTo("100.128.0.1");
        assertThat(guard.permit("172.32.0.1").getHostAddress()).isEqualTo("172.32.0.1");
    }

    @Test
    void oneBadAnswerAmongGoodOnesIsRefused() {
        AddressGuard guard = new AddressGuard(new StubResolver().map("rebind.test", "93.184.216.34", "10.0.0.1"),
                List.of());
        assertThatThrownBy(() -> guard.permit("rebind.test")).isInstanceOf(BlockedAddressException.class);
    }

    @Test
    void allowedNetworksAreExemptButMetadataNeedsAnExplicitHost() throws Exception {
        StubResolver r = new StubResolver().map("local.test", "127.0.0.1").map("meta.test", "169.254.169.254");
        AddressGuard demo = new AddressGuard(r, List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("169.254.0.0/16")));
        assertThat(demo.permit("local.test").isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> demo.permit("meta.test")).hasMessageContaining("metadata");
        AddressGuard explicit = new AddressGuard(r, List.of(Cidr.parse("169.254.169.254/32")));
        assertThat(explicit.permit("meta.test").getHostAddress()).isEqualTo("169.254.169.254");
    }

    @Test
    void literalAddressesNeverReachTheResolver() throws Exception {
        StubResolver r = new StubResolver();
        AddressGuard guard = new AddressGuard(r, List.of());
        assertThatThrownBy(() -> guard.permit("10.0.0.1")).isInstanceOf(BlockedAddressException.class);
        assertThatThrownBy(() -> guard.permit("[fd00:ec2::254]")).hasMessageContaining("metadata");
        assertThatThrownBy(() -> guard.permit("unknown.test")).isInstanceOf(UnknownHostException.class);
        assertThat(r.lookups()).containsExactly("unknown.test");
    }

    @Test
    void cidrsContainTheirAddresses() throws Exception {
        Cidr net = Cidr.parse("100.64.0.0/10");
        assertThat(net.contains(InetAddress.getByName("100.100.1.1"))).isTrue();
        assertThat(net.contains(InetAddress.getByName("100.128.0.0"))).isFalse();
        assertThat(net.contains(InetAddress.getByName("::1"))).isFalse();
        assertThat(Cidr.parse("fc00::/7").contains(InetAddress.getByName("fdff::1"))).isTrue();
        assertThat(Cidr.parse("10.0.0.1").isHost()).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").toString()).isEqualTo("10.0.0.0/8");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("example.org/8")).isInstanceOf(IllegalArgumentException.class);
    }
}
