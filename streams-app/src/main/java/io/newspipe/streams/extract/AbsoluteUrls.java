package io.newspipe.streams.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;

/**
 * jsoup's {@code StringUtil.resolve(base, relative)} (what {@code Element.absUrl} returns), with the same
 * result, for the usual URLs cheaper: jsoup first strips control characters from both URLs with a regular
 * expression that matches the empty string at every position (a replacement per character, three times
 * per call), which cost more than resolving. URLs without control characters skip that; anything else, and
 * any URL the JDK rejects, goes to jsoup itself. Thread-safe: the only state is each thread's last parsed base.
 */
final class AbsoluteUrls {
    /** jsoup's workaround for {@code //example.com + ./foo}: leading dot segments collapse to one slash. */
    private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");

    private AbsoluteUrls() {
    }

    /** The absolute form of {@code relative} against {@code base}, as jsoup 1.24 resolves it; "" when it cannot. */
    static String resolve(String base, String relative) {
        if (isPlainAbsolute(relative)) {
            return relative;
        }
        if (hasControlChars(base) || hasControlChars(relative)) {
            return StringUtil.resolve(base, relative);
        }
        try {
            // StringUtil.resolve(URL, String), step by step, minus the control-character stripping
            URL baseUrl = baseUrl(base);
            String rel = relative.startsWith("?") ? baseUrl.getPath() + relative : relative;
            URL url = new URL(baseUrl, rel);
            String file = url.getFile();
            if (file.startsWith("/.")) {
                // the pattern matches nothing else: no matcher for the usual path
                file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
            }
            if (url.getRef() != null) {
                file = file + "#" + url.getRef();
            }
            URL resolved = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
            if (resolved.getHost().isEmpty()) {
                return StringUtil.resolve(base, relative); // jsoup rejects http(s) without a host: its own fallbacks
            }
            return resolved.toExternalForm();
        } catch (MalformedURLException e) {
            return StringUtil.resolve(base, relative);
        }
    }

    /**
     * {@code new URL(base)}, kept for the last base this thread resolved against: a page resolves its canonical,
     * image and link URLs against the same base, and a URL is immutable once made.
     */
    private static URL baseUrl(String base) throws MalformedURLException {
        ParsedBase last = LAST_BASE.get();
        if (last != null && last.text().equals(base)) {
            return last.url();
        }
        URL url = new URL(base);
        LAST_BASE.set(new ParsedBase(base, url));
        return url;
    }

    private record ParsedBase(String text, URL url) {
    }

    private static final ThreadLocal<ParsedBase> LAST_BASE = new ThreadLocal<>();

    /**
     * Whether {@code url} is an absolute http(s) URL that every path above gives back unchanged, whatever the
     * base: lower-case scheme, a host of ASCII letters, digits, dots and hyphens (no user, no port) ended by a
     * slash or the end, then only unreserved characters and {@code / ? = & + , ; %}, and no {@code /.} (no dot
     * segment to remove, none for jsoup's leading-dot fix). Most og:image, og:url and canonical URLs are such;
     * parsing them twice with {@code java.net.URL} only to print them again was most of their cost.
     */
    static boolean isPlainAbsolute(String url) {
        int start = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (start < 0) {
            return false;
        }
        int n = url.length();
        int i = start;
        while (i < n && isHostChar(url.charAt(i))) {
            i++;
        }
        if (i == start || (i < n && url.charAt(i) != '/')) {
            return false;
        }
        for (; i < n; i++) {
            char c = url.charAt(i);
            if (!isPathChar(c) || (c == '.' && url.charAt(i - 1) == '/')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/?=&+,;%".indexOf(c) >= 0;
    }

    private static boolean hasControlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }
}
