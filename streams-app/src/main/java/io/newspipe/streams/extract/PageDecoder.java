package io.newspipe.streams.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes page bytes to text: charset from the HTTP header, BOM, meta tag or sniffing; invalid bytes
 * are replaced, never thrown. First version: header charset or UTF-8. Thread-safe.
 */
public final class PageDecoder {

    public DecodedPage decode(byte[] body, String contentType) {
        Objects.requireNonNull(body, "body");
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
            if (i >= 0) {
                try {
                    charset = Charset.forName(contentType.substring(i + 8).replace("\"", "").strip());
                } catch (IllegalArgumentException e) {
                    charset = StandardCharsets.UTF_8;
                }
            }
        }
        return new DecodedPage(new String(body, charset), charset, false);
    }
}
