package io.newspipe.streams.dedup;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical form of a URL for keying and same-URL dedup: lower-case scheme and host, host in ASCII
 * (IDNA), no user info, no default port, percent-encoding normalised (unreserved characters decoded,
 * upper-case hex, raw non-ASCII encoded as UTF-8), dot segments removed, AMP forms removed
 * ({@code /amp}, {@code /amp/}, {@code .amp.html}, {@code ?amp=1}, {@code outputType=amp}), no trailing
 * slash, tracking parameters dropped ({@link TrackingParameters}), remaining query parameters sorted,
 * no fragment. {@code www.}, {@code m.} and {@code amp.} host variants are kept unless the page's own
 * declared canonical URL (rel=canonical or og:url) on the same registrable site says otherwise.
 *
 * <p>Only http and https URLs are rewritten; anything else (or anything that does not parse) comes back
 * stripped of surrounding whitespace and embedded control characters (tabs, newlines). Never throws,
 * and the result is idempotent.
 * Stateless and thread-safe.
 */
public final class UrlCanonicalizer {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern HOST_LABEL_CHARS = Pattern.compile("[a-z0-9_.\\-]+");
    private static final String PATH_ALLOWED = "/:@!$&'()*+,;=";
    private static final String QUERY_ALLOWED = "/:@!$'()*+,;?=";

    /** A parsed http(s) URL, already normalised part by part. */
    private record Parts(String scheme, String host, int port, String path, String query) {
        String format() {
            return scheme + "://" + host + (port < 0 ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
        }

        String origin() {
            return scheme + "://" + host + (port < 0 ? "" : ":" + port);
        }
    }

    /** The canonical form of {@code url}; {@code ""} for null. */
    public String canonicalize(String url) {
        if (url == null) {
            return "";
        }
        String cleaned = clean(url);
        Parts parts = parse(cleaned);
        return parts == null ? cleaned : parts.format();
    }

    /**
     * The canonical form of {@code url} given the page's declared canonical URL (rel=canonical or
     * og:url, absolute or relative to {@code url}; may be null): the declared URL, canonicalised, wins
     * when it is on the same registrable site as {@code url}; otherwise (syndicated copy pointing at the
     * original publisher, garbage, missing) the page's own URL is used.
     */
    public String canonicalize(String url, String declaredCanonical) {
        if (url == null) {
            return "";
        }
        String cleaned = clean(url);
        Parts own = parse(cleaned);
        if (own == null) {
            return cleaned;
        }
        if (declaredCanonical == null || declaredCanonical.isBlank()) {
            return own.format();
        }
        Parts declared = parse(resolve(own, clean(declaredCanonical)));
        if (declared != null && RegistrableDomain.of(declared.host()).equals(RegistrableDomain.of(own.host()))) {
            return declared.format();
        }
        return own.format();
    }

    private static String resolve(Parts base, String ref) {
        if (ref.startsWith("//")) {
            return base.scheme() + ":" + ref;
        }
        if (ref.startsWith("/")) {
            return base.origin() + ref;
        }
        return ref;
    }

    /** Strips surrounding whitespace and removes embedded tabs, newlines and other ASCII controls. */
    private static String clean(String url) {
        String stripped = url.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static Parts parse(String url) {
        Matcher m = SCHEME.matcher(url);
        if (!m.find()) {
            return null;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return null;
        }
        String rest = url.substring(m.end()).replace('\\', '/');
        if (!rest.startsWith("//")) {
            return null;
        }
        rest = rest.substring(2);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int authorityEnd = indexOfAny(rest, "/?");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String pathAndQuery = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
        int q = pathAndQuery.indexOf('?');
        String rawPath = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String rawQuery = q < 0 ? "" : pathAndQuery.substring(q + 1);
        return parseAuthority(scheme, authority, rawPath, rawQuery);
    }

    private static Parts parseAuthority(String scheme, String authority, String rawPath, String rawQuery) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String portText = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return null;
            }
            portText = after.isEmpty() ? "" : after.substring(1);
            if (!host.substring(1, host.length() - 1).matches("[0-9a-f:.]+")) {
                return null;
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? "" : hostPort.substring(colon + 1);
            host = asciiHost(host);
            if (host == null) {
                return null;
            }
        }
        int port = parsePort(scheme, portText);
        if (port == Integer.MIN_VALUE) {
            return null;
        }
        String query = QueryNormaliser.normalise(rawQuery, QUERY_ALLOWED);
        return new Parts(scheme, host, port, normalisePath(rawPath), query);
    }

    private static String asciiHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty() || h.startsWith(".") || h.contains("..") || h.indexOf('%') >= 0) {
            return null;
        }
        try {
            h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return !h.isEmpty() && HOST_LABEL_CHARS.matcher(h).matches() && !h.startsWith(".") && !h.endsWith(".")
                && !h.contains("..") ? h : null;
    }

    /** The port to keep, -1 for the scheme's default or none, {@link Integer#MIN_VALUE} when invalid. */
    private static int parsePort(String scheme, String portText) {
        if (portText.isEmpty()) {
            return -1;
        }
        if (portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.MIN_VALUE;
        }
        int port = Integer.parseInt(portText);
        if (port > 65535) {
            return Integer.MIN_VALUE;
        }
        boolean isDefault = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return isDefault ? -1 : port;
    }

    static String normalisePath(String rawPath) {
        String path = removeDotSegments(PercentEncoding.normalise(rawPath, PATH_ALLOWED));
        String previous;
        do {
            previous = path;
            if (path.endsWith("/") && path.length() > 1) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.endsWith("/amp")) {
                path = path.substring(0, path.length() - 4);
            } else if (path.endsWith(".amp.html") || path.endsWith(".amp.htm")) {
                path = path.substring(0, path.lastIndexOf(".amp.")) + path.substring(path.lastIndexOf('.'));
            } else if (path.startsWith("/amp/")) {
                path = path.substring(4);
            }
        } while (!path.equals(previous));
        return path.isEmpty() ? "/" : path;
    }

    /** RFC 3986 section 5.2.4, on whole segments. */
    static String removeDotSegments(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (".".equals(segment)) {
                if (last) {
                    out.add("");
                }
            } else if ("..".equals(segment)) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (last) {
                    out.add("");
                }
            } else {
                out.add(segment);
            }
        }
        return "/" + String.join("/", out);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
