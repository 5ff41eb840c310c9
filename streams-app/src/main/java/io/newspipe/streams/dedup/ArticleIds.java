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

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }
}
