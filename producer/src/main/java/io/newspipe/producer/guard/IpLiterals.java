package io.newspipe.producer.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address literals without ever asking DNS. Stateless and thread-safe. */
public final class IpLiterals {
    private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");

    private IpLiterals() {
    }

    /** The address written by {@code text} (dotted IPv4, or IPv6 with or without brackets), if it is a literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            var m = V4.matcher(s);
            if (m.matches()) {
                byte[] b = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(m.group(i + 1));
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    b[i] = (byte) octet;
                }
                return Optional.of(InetAddress.getByAddress(b));
            }
            if (s.indexOf(':') >= 0 && V6.matcher(s).matches()) {
                // a string with a colon and only hex digits is an IPv6 literal: no DNS lookup happens
                return Optional.of(InetAddress.getByName(s));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
