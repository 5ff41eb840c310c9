package io.newspipe.streams.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Stable ids and content hashes. An article id is the first 16 bytes of SHA-256 of the canonical
 * URL, hex-encoded (32 characters), so every consumer can recompute it. Thread-safe.
 */
public final class ArticleIds {
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(ArticleIds::newSha256);
    /** This thread's UTF-8 buffer for {@link #contentHash(char[], int)}: a fresh one per text was zeroed for nothing. */
    private static final ThreadLocal<byte[][]> UTF8 = ThreadLocal.withInitial(() -> new byte[1][4096]);
    private ArticleIds() {
    }

    /** The article id of a canonical URL. */
    public static String idOf(String canonicalUrl) {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        return HexFormat.of().formatHex(sha256(canonicalUrl), 0, 16);
    }

    /** Hex SHA-256 of already-normalised text. */
    public static String contentHash(String normalisedText) {
        Objects.requireNonNull(normalisedText, "normalisedText");
        return HexFormat.of().formatHex(sha256(normalisedText));
    }

    /**
     * {@link #contentHash(String)} of the text {@code chars[0, length)}, without building the string: the
     * characters are encoded to UTF-8 exactly as {@link String#getBytes} would (an unpaired surrogate as '?').
     */
    static String contentHash(char[] chars, int length) {
        byte[][] holder = UTF8.get();
        if (holder[0].length < length * 3) {
            holder[0] = new byte[Math.max(length * 3, 2 * holder[0].length)];
        }
        byte[] utf8 = holder[0];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                utf8[n++] = (byte) c;
            } else if (c < 0x800) {
                utf8[n++] = (byte) (0xC0 | c >> 6);
                utf8[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                utf8[n++] = (byte) (0xE0 | c >> 12);
                utf8[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                utf8[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                utf8[n++] = (byte) (0xF0 | cp >> 18);
                utf8[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                utf8[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                utf8[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                utf8[n++] = '?';
            }
        }
        MessageDigest sha256 = sha256();
        sha256.update(utf8, 0, n);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static byte[] sha256(String s) {
        return sha256().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    /** This thread's digest, reset (every use ends with {@code digest}): a provider look-up per id cost more than the hash. */
    private static MessageDigest sha256() {
        return DIGESTS.get();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }
}
