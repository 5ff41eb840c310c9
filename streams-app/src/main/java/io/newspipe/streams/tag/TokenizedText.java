package io.newspipe.streams.tag;

import java.util.List;
import java.util.Objects;

/**
 * A text and its words.
 *
 * @param text the text
 * @param tokens its words ({@link TextTokenizer#tokens})
 */
public record TokenizedText(String text, List<Token> tokens) {
    public TokenizedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    /** Tokenises {@code text}; null becomes the empty text. */
    public static TokenizedText of(String text) {
        String t = text == null ? "" : text;
        return new TokenizedText(t, TextTokenizer.tokens(t));
    }
}
