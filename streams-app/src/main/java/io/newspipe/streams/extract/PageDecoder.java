package io.newspipe.streams.extract;

import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Decodes page bytes to text. The charset comes from, in order: a byte-order mark, the HTTP
 * Content-Type header, a {@code <meta charset>} / {@code http-equiv} declaration in the first 4 KB, else
 * sniffing (UTF-16 by its NUL pattern, valid UTF-8, otherwise the legacy charset whose letter statistics
 * fit best). A declared
 * single-byte charset is overridden when the bytes are well-formed multi-byte UTF-8 (a common
 * misdeclaration). Unknown charset names never throw; invalid bytes become U+FFFD. Non-text bodies
 * (images, PDF, archives, NUL-laden data) are reported as {@code binary} with empty text, and the whole
 * page is decoded once. Stateless and thread-safe.
 */
public final class PageDecoder {
    private static final int BINARY_SAMPLE = 1024;
    /** How many leading bytes are checked for UTF-8 before the whole page is decoded as UTF-8. */
    private static final int UTF8_PROBE = 4096;
    /** The most leading bytes any sniffer looks at (meta declaration, UTF-8 probe, binary and UTF-16 samples). */
    static final int HEAD_BYTES = Math.max(Math.max(CharsetSniffer.META_SCAN_BYTES, UTF8_PROBE), BINARY_SAMPLE);

    /**
     * Decodes a body.
     *
     * @param body the bytes as served
     * @param contentType the Content-Type header value, or null
     * @return the text, the charset used and whether the body is binary
     */
    public DecodedPage decode(byte[] body, String contentType) {
        Chars chars = decodeShared(body, contentType);
        return new DecodedPage(chars.text().toString(), chars.charset(), chars.binary());
    }

    /**
     * The decoded text of a page, possibly a view of a per-thread buffer ({@link Utf8Text#strictDecode}) that
     * stays valid only until the thread decodes again; {@code mayHoldReplacement} is false when the decoder
     * knows the text holds no U+FFFD (so no scan for it is needed).
     */
    record Chars(CharSequence text, Charset charset, boolean binary, boolean mayHoldReplacement) {
        /** Text that may hold U+FFFD: whoever needs to know must look. */
        Chars(CharSequence text, Charset charset, boolean binary) {
            this(text, charset, binary, true);
        }
    }

    /** Like {@link #decode}, but UTF-8 text (declared, or sniffed as well-formed) is not copied into a String. */
    Chars decodeShared(byte[] body, String contentType) {
        Objects.requireNonNull(body, "body");
        return decodeShared(body, 0, body.length, contentType);
    }

    /** {@link #decodeShared(byte[], String)} of the bytes {@code body[offset, offset + length)}, read where they are. */
    Chars decodeShared(byte[] body, int offset, int length, String contentType) {
        Objects.requireNonNull(body, "body");
        Objects.checkFromIndexSize(offset, length, body.length);
        return decodeShared(body, offset, length, head(body, offset, length), contentType);
    }

    /**
     * Like {@link #decodeShared(byte[], int, int, String)} with the page's first bytes already at hand: {@code head}
     * must be {@link #head}{@code (body, offset, length)}, which the caller made for its own checks (a page that
     * is part of a larger array would otherwise have them copied twice).
     */
    Chars decodeShared(byte[] body, int offset, int length, byte[] head, String contentType) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(head, "head");
        Objects.checkFromIndexSize(offset, length, body.length);
        Charset bom = CharsetSniffer.fromBom(head);
        if (bom != null) {
            int skip = CharsetSniffer.bomLength(bom);
            return chars(body, offset + skip, length - skip, bom);
        }
        Charset declared = CharsetSniffer.fromContentType(contentType);
        if (declared != null && declared.name().startsWith("UTF-16")) {
            return new Chars(new String(body, offset, length, declared), declared, false);
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return new Chars(new String(body, offset, length, utf16), utf16, false);
        }
        if (isBinary(head)) {
            return new Chars("", StandardCharsets.ISO_8859_1, true);
        }
        if (declared == null) {
            declared = CharsetSniffer.fromMeta(head);
        }
        if (declared != null && !CharsetSniffer.isSingleByte(declared)) {
            return chars(body, offset, length, declared);
        }
        Chars utf8 = strictUtf8(body, offset, length, head, declared);
        if (utf8 != null) {
            return utf8;
        }
        Charset charset = choose(exact(body, offset, length), declared);
        return chars(body, offset, length, charset);
    }

    /**
     * The page's first bytes, from index 0 of the returned array, as the sniffers read them: each looks at
     * most at the first {@link #HEAD_BYTES} bytes (and compares the length only with numbers below that), so
     * a copy of those decides as the whole page would. The array itself when the page is the whole array.
     */
    static byte[] head(byte[] body, int offset, int length) {
        if (offset == 0 && length == body.length) {
            return body;
        }
        return Arrays.copyOfRange(body, offset, offset + Math.min(length, HEAD_BYTES));
    }

    /** The bytes as an array of their own: the array itself when they are all of it. */
    private static byte[] exact(byte[] body, int offset, int length) {
        return offset == 0 && length == body.length ? body : Arrays.copyOfRange(body, offset, offset + length);
    }

    private static Chars chars(byte[] body, int offset, int length, Charset charset) {
        if (StandardCharsets.UTF_8.equals(charset)) {
            Utf8Text.Strict strict = Utf8Text.strictDecode(body, offset, length);
            if (strict != null) {
                return new Chars(strict.chars(), charset, false, strict.holdsReplacement());
            }
        }
        return new Chars(new String(body, offset, length, charset), charset, false);
    }

    /**
     * The page decoded once as UTF-8 when that is the charset {@link #choose} would pick, else null.
     * Decoding first and validating the result replaces a separate validity scan of every byte: the JDK
     * turns any ill-formed sequence into U+FFFD, so a result without U+FFFD came from well-formed UTF-8
     * (which the scan also accepts), and it holds a multi-byte sequence exactly when it has fewer chars
     * than there are bytes. Ill-formed bytes (a strict decode fails) or a literal U+FFFD leave the decision to the
     * byte scan, as before.
     */
    private static Chars strictUtf8(byte[] body, int offset, int length, byte[] head, Charset declared) {
        if (CharsetSniffer.utf8MultiByteCount(head, Math.min(length, UTF8_PROBE)) < 0) {
            return null; // legacy bytes near the start: skip the UTF-8 attempt
        }
        // decoded into the thread's buffer, not a String: the parser reads the chars where they are
        Utf8Text.Strict strict = Utf8Text.strictDecode(body, offset, length);
        if (strict == null || strict.holdsReplacement()) {
            return null;
        }
        CharBuffer text = strict.chars();
        boolean multiByte = text.remaining() < length;
        if (multiByte || declared == null || StandardCharsets.UTF_8.equals(declared)) {
            return new Chars(text, StandardCharsets.UTF_8, false, false);
        }
        return null; // pure ASCII under a declared single-byte charset: decoded with that charset
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
                || (startsWith(b, 'B', 'Z', 'h') && b.length > 3 && b[3] >= '1' && b[3] <= '9') || startsWith(b, 0xFD, '7', 'z', 'X', 'Z')
                || startsWith(b, 0x28, 0xB5, 0x2F, 0xFD) || startsWith(b, 'O', 'g', 'g', 'S')
                || (startsWith(b, 'I', 'D', '3') && b.length > 3 && b[3] >= 2 && b[3] <= 4) || startsWith(b, 0x00, 0x00, 0x01, 0x00)
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

    /**
     * UTF-16 text without a BOM: in Latin markup every other byte is NUL, always on the same side.
     * Returns null when the bytes do not look like that.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, BINARY_SAMPLE) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (pairs < 8) {
            return null;
        }
        if (oddNul * 10 >= pairs * 6 && evenNul * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 6 && oddNul * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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
