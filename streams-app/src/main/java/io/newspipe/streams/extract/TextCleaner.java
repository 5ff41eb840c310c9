package io.newspipe.streams.extract;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Cleans display text: Unicode NFC, zero-width and bidi controls removed (ZWNJ kept: Persian needs
 * it), whitespace collapsed. Keeps letters as the author wrote them. Stateless and thread-safe.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    public static String clean(String text) {
        Objects.requireNonNull(text, "text");
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
