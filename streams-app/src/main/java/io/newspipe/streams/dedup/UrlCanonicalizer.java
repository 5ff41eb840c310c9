package io.newspipe.streams.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Canonical form of a URL for keying and same-URL dedup. First version: lower-case scheme and host,
 * no fragment, no default port. Stateless and thread-safe; never throws on any string.
 */
public final class UrlCanonicalizer {

    /**
     * The canonical form of a page's URL given the page's own declared canonical URL (rel=canonical,
     * og:url): the declared one wins when it is on the same host.
     */
    public String canonicalize(String url, String declaredCanonical) {
        String own = canonicalize(url);
        if (declaredCanonical == null || declaredCanonical.isBlank()) {
            return own;
        }
        String declared = canonicalize(declaredCanonical);
        return hostOf(declared) != null && hostOf(declared).equals(hostOf(own)) ? declared : own;
    }

    private static String hostOf(String url) {
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The canonical form of {@code url}, or {@code url} stripped when it cannot be parsed. */
    public String canonicalize(String url) {
        if (url == null) {
            return "";
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port)
                    + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }
}
