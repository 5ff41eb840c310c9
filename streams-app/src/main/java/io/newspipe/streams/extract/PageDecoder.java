package io.newspipe.streams.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes page bytes to text. The charset comes from, in order: a byte-order mark, the HTTP
 * Content-Type header, a {@code <meta charset>} / {@code http-equiv} declaration in the first 4 KB, else
 * sniffing (valid UTF-8, otherwise the legacy charset whose letter statistics fit best). A declared
 * single-byte charset is overridden when the bytes are well-formed multi-byte UTF-8 (a common
 * misdeclaration). Unknown charset names never throw; invalid bytes become U+FFFD. Non-text bodies
 * (images, PDF, archives, NUL-laden data) are reported as {@code binary} with empty text, and the whole
 * page is decoded once. Stateless and thread-safe.
 */
public final class PageDecoder {
    private static final int BINARY_SAMPLE = 1024;

    /**
     * Decodes a body.
     *
     * @param body the bytes as served
     * @param contentType the Content-Type header value, or null
     * @return the text, the charset used and whether the body is binary
     */
    public DecodedPage decode(byte[] body, String contentType) {
        Objects.requireNonNull(body, "body");
        Charset bom = CharsetSniffer.fromBom(body);
        if (bom != null) {
            int skip = CharsetSniffer.bomLength(bom);
            return new DecodedPage(new String(body, skip, body.length - skip, bom), bom, false);
        }
        Charset declared = CharsetSniffer.fromContentType(contentType);
        if (declared != null && declared.name().startsWith("UTF-16")) {
            return new DecodedPage(new String(body, declared), declared, false);
        }
        if (isBinary(body)) {
            return new DecodedPage("", StandardCharsets.ISO_8859_1, true);
        }
        if (declared == null) {
            declared = CharsetSniffer.fromMeta(body);
        }
        Charset charset = choose(body, declared);
        return new DecodedPage(new String(body, charset), charset, false);
    }

    private static Charset choose(byte[] body, Charset declared) {
        if (declared != null && !CharsetSniffer.isSingleByte(declared)) {
            return declared;
        }
        int multiByte = CharsetSniffer.utf8MultiByteCount(body);
        if (declared != null) {
            return multiByte > 0 ? StandardCharsets.UTF_8 : declared;
        }
        return multiByte >= 0 ? StandardCharsets.UTF_8 : CharsetSniffer.guessLegacy(body);
    }

    /** Magic numbers of common non-text formats, or a sample full of NUL bytes. */
    static boolean isBinary(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, '%', 'P', 'D', 'F') || startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 0x1F, 0x8B)
                || startsWith(b, 'B', 'Z', 'h') || startsWith(b, 0xFD, '7', 'z', 'X', 'Z')
                || startsWith(b, 0x28, 0xB5, 0x2F, 0xFD) || startsWith(b, 'O', 'g', 'g', 'S')
                || startsWith(b, 'I', 'D', '3') || startsWith(b, 0x00, 0x00, 0x01, 0x00)
                || (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E')
                || (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p')) {
            return true;
        }
        int n = Math.min(b.length, BINARY_SAMPLE);
        int nul = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                nul++;
            }
        }
        return nul >= 4 && nul * 100 >= n;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
