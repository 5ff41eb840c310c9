package io.newspipe.streams.dedup;

import java.nio.charset.StandardCharsets;

/**
 * Normalises the percent-encoding of one URL component (RFC 3986 section 6.2.2): escapes of unreserved
 * characters are decoded, the remaining escapes get upper-case hex, and characters that may not appear
 * raw (spaces, non-ASCII, controls) are encoded as UTF-8 escapes. Stateless and thread-safe.
 */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * The normalised form of a raw component; {@code extraAllowed} lists the sub-delimiters and
     * gen-delimiters that stay raw in this component (for example {@code "/:@"} in a path).
     */
    static String normalise(String raw, String extraAllowed) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int value = Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16);
                if (isUnreserved((char) value)) {
                    out.append((char) value);
                } else {
                    appendEscape(out, value);
                }
                i += 3;
            } else if (c == '%') {
                appendEscape(out, '%');
                i++;
            } else if (isUnreserved(c) || (c < 128 && extraAllowed.indexOf(c) >= 0)) {
                out.append(c);
                i++;
            } else {
                int cp = raw.codePointAt(i);
                int len = Character.charCount(cp);
                String chunk = Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)
                        ? new String(Character.toChars(cp)) : "\uFFFD";
                for (byte b : chunk.getBytes(StandardCharsets.UTF_8)) {
                    appendEscape(out, b & 0xFF);
                }
                i += len;
            }
        }
        return out.toString();
    }

    private static void appendEscape(StringBuilder out, int value) {
        out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
    }

    static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
