package io.newspipe.streams.tag;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A name's letters and digits, lower-cased and without accents: "U.S." and "US", "Al-Busayrah" and "Al Busayrah"
 * compare equal. One fold for the tagger's name comparisons ({@link CountryBeforeBodies}) and the tagging eval's
 * name matching, so that both read names alike. Stateless and thread-safe.
 */
public final class NameFold {
    private NameFold() {
    }

    /** The lower-case letters and digits of {@code name} without their accents (empty when it has none). */
    public static String letters(String name) {
        String decomposed = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
