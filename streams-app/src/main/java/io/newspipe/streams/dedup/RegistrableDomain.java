package io.newspipe.streams.dedup;

import java.util.Locale;
import java.util.Set;

/**
 * The registrable part of a host name ("site"), used to decide whether a page's declared canonical URL
 * is on the same site as the page. A compact approximation of the Public Suffix List: the last two
 * labels, or three when the second-level label is a common generic one under a country code
 * ({@code bbc.co.uk}, {@code ahram.org.eg}, {@code spa.gov.sa}). Stateless and thread-safe.
 */
final class RegistrableDomain {
    private static final Set<String> SECOND_LEVEL = Set.of(
            "co", "com", "org", "net", "gov", "edu", "ac", "mil", "info", "biz", "news", "press", "int",
            "gob", "gouv", "nic", "or", "ne", "go", "sch", "ltd", "plc", "me", "tv", "asso", "nom", "web");

    private RegistrableDomain() {
    }

    /** The registrable domain of a lower-case ASCII host, or the host itself for IP literals and single labels. */
    static String of(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") || h.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            return h;
        }
        String[] labels = h.split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return h;
        }
        boolean countryCode = labels[n - 1].length() == 2 || labels[n - 1].startsWith("xn--");
        int keep = countryCode && SECOND_LEVEL.contains(labels[n - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }
}
