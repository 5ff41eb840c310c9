package io.newspipe.streams.tag;

import java.util.Set;

/**
 * Capitalised common nouns that follow a person's name in news without being part of it: "the Narendra Modi
 * Government", "Keir Starmer Labour officials", "a Donald Trump Administration". {@link LongerNames} reads a
 * capitalised word after a listed person as a longer name (someone else, "Ivanka Trump"); such a noun only
 * says what belongs to the person, so the listed person keeps the mention. Stateless.
 */
final class NameTailNouns {
    private static final Set<String> NOUNS = WordSet.copyOf(TextTokenizer.foldedWords("government governments "
            + "administration cabinet camp campaign team era regime doctrine presidency premiership supporters "
            + "allies aides loyalists officials labour tory tories gouvernement"));

    private NameTailNouns() {
    }

    /** Whether a folded word is such a noun. */
    static boolean contains(String folded) {
        return NOUNS.contains(folded);
    }
}
