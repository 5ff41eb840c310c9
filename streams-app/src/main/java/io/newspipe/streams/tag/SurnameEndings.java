package io.newspipe.streams.tag;

import java.util.Set;

/**
 * Surname shapes that end like an English plural: in news a capitalised word in -as or -os before "said" is far
 * more often a surname (Lucas, Thomas, Douglas, Vargas, Santos, Ramos, Marcos, Kostas) than a plural
 * in a company's name, apart from a few plural nouns that do end names of bodies and venues (Studios, Arenas).
 * Stateless.
 */
final class SurnameEndings {
    /** Plural nouns in -as/-os that end names of companies and venues rather than people (folded). */
    private static final Set<String> PLURAL_NOUNS = Set.of("studios", "radios", "videos", "casinos", "photos",
            "arenas", "areas", "cinemas", "ideas", "visas", "pizzas", "sodas", "tacos", "logos", "kilos", "euros",
            "pesos", "demos", "memos", "cargos", "patios", "trios", "duos", "scenarios", "portfolios", "ratios",
            "zeros", "embargos");

    private SurnameEndings() {
    }

    /** Whether a folded word ending in s is rather a surname than a plural: -as or -os, not a listed plural noun. */
    static boolean surnameInS(String folded) {
        return (folded.endsWith("as") || folded.endsWith("os")) && !PLURAL_NOUNS.contains(folded);
    }
}
