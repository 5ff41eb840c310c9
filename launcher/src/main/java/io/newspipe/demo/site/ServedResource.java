package io.newspipe.demo.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A manifest resource ready to serve on one site: its bytes with the {@code {{BASE}}} placeholders replaced by the
 * site's base URL, and a strong ETag derived from those bytes. Immutable; the byte array is never exposed.
 *
 * @param entry the manifest line
 * @param body  the bytes as served
 * @param etag  quoted strong entity tag, e.g. {@code "3f2a…"}
 */
public record ServedResource(ManifestEntry entry, byte[] body, String etag) {

    private static final byte[] PLACEHOLDER = ExpectationCalculator.BASE.getBytes(StandardCharsets.US_ASCII);

    public ServedResource {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
    }

    /**
     * Loads a resource and fills in the base URL. The replacement works on bytes, so it is right for every
     * ASCII-compatible encoding (UTF-8 and windows-1256 pages alike); binary resources ({@code .bin}) are served
     * untouched.
     */
    public static ServedResource load(ManifestEntry entry, String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        byte[] raw = DemoManifest.readBytes(entry.resource());
        byte[] body = entry.resource().endsWith(".bin")
                ? raw : replace(raw, baseUrl.getBytes(StandardCharsets.US_ASCII));
        return new ServedResource(entry, body, etagOf(body));
    }

    /** A copy of the bytes as served. */
    public byte[] bytes() {
        return body.clone();
    }

    static byte[] replace(byte[] data, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 256);
        int i = 0;
        while (i < data.length) {
            if (matchesAt(data, i)) {
                out.writeBytes(replacement);
                i += PLACEHOLDER.length;
            } else {
                out.write(data[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean matchesAt(byte[] data, int at) {
        if (at + PLACEHOLDER.length > data.length) {
            return false;
        }
        for (int k = 0; k < PLACEHOLDER.length; k++) {
            if (data[at + k] != PLACEHOLDER[k]) {
                return false;
            }
        }
        return true;
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
