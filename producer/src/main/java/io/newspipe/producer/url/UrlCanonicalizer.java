package io.newspipe.producer.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical form of an http(s) URL, used as the Kafka key of raw pages and the key of the seen-set:
 * lower-case scheme and host, no default port, no fragment, no user info, dot segments removed, an empty
 * path written {@code /}, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) dropped,
 * percent escapes in upper case. Other query parameters keep their order. Idempotent. Stateless and
 * thread-safe.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "_ga", "yclid");

    private UrlCanonicalizer() {
    }

    /** The canonical form of {@code url}, or empty when it is not an absolute http(s) URL. */
    public static Optional<String> canonicalize(String url) {
        URI uri = parse(url);
        String scheme = uri == null || uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        String host = host(uri);
        if (host == null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://").append(host);
        if (!isDefaultPort(scheme, port)) {
            out.append(':').append(port);
        }
        out.append(upperEscapes(path(uri)));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    /** {@code url} parsed, dot segments removed, or null when it is blank or no URI. */
    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The host in lower case without a trailing dot, or null when the URI has none. */
    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }

    /**
     * The raw path, {@code /} when empty; {@code ..} segments left at its start (which {@link URI#normalize}
     * keeps) are dropped, as a browser resolves them against the root.
     */
    private static String path(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.startsWith("/../")) {
            path = path.substring(3);
        }
        return path.equals("/..") ? "/" : path;
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(upperEscapes(part));
        }
        return String.join("&", kept);
    }

    private static String upperEscapes(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i + 2 < b.length(); i++) {
            if (b.charAt(i) == '%') {
                b.setCharAt(i + 1, Character.toUpperCase(b.charAt(i + 1)));
                b.setCharAt(i + 2, Character.toUpperCase(b.charAt(i + 2)));
            }
        }
        return b.toString();
    }
}
