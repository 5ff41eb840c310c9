package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The countries Arabic news names inside the name of a listed organisation: "الجيش السوداني",
 * "محكمة أمن الدولة الأردنية", "الدوري السعودي للمحترفين". The linker's longest match takes the whole name, so
 * its demonym would be lost; yet such a name is how Arabic most often says which country an article is about
 * (English puts "Sudan's army" or "Jordan" beside the body far more often). Persian is left out: its labels
 * read the country of "بانک مرکزی ایران" or "سازمان فضایی ایران" as part of the name (measured on the eval
 * sets: two false countries, no found one). Each country word inside such a match becomes a match of its own, whose sense the resolver then
 * chooses like any other (a word that needs evidence still needs it). Latin-script names are left alone:
 * "Tour de France" or "South China Sea" name no country, and {@link CoveringNames} keeps it so. Stateless.
 */
final class CountriesInNames {
    /** Shortest organisation match read: a one-word name holds no country beside its head. */
    private static final int MIN_WORDS = 2;

    private CountriesInNames() {
    }

    /**
     * The country matches inside the organisation matches of {@code found} (one text part's matches, in text
     * order), in text order; {@code matchAt} gives the dictionary's longest match at a token index, or null.
     */
    static List<EntityLinker.Match> inside(EntityDictionary dictionary, List<Token> tokens,
            List<EntityLinker.Match> found, String language, IntFunction<EntityLinker.Match> matchAt) {
        if (!"ar".equals(language)) {
            return List.of();
        }
        List<EntityLinker.Match> out = null;
        int t = 0;
        for (EntityLinker.Match m : found) {
            if (m.latin() || m.length() < MIN_WORDS || !allOf(dictionary, m, EntityKind.ORGANIZATION)) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).start() < m.start()) {
                t++;
            }
            if (t == tokens.size() || tokens.get(t).start() != m.start()) {
                continue; // a match not at a word start (none is expected): nothing to read
            }
            int end = t + m.length();
            // the first word is the body's head noun (الجيش, محكمة, وزارة): a country follows it
            for (int j = t + 1; j < end; j++) {
                EntityLinker.Match inner = matchAt.apply(j);
                if (inner != null && j + inner.length() <= end && !inner.latin()
                        && allOf(dictionary, inner, EntityKind.COUNTRY)) {
                    out = out == null ? new ArrayList<>(2) : out;
                    out.add(inner);
                    j += inner.length() - 1;
                }
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean allOf(EntityDictionary dictionary, EntityLinker.Match m, EntityKind kind) {
        if (m.senses().isEmpty()) {
            return false;
        }
        for (int s : m.senses()) {
            if (dictionary.sense(s).kind() != kind) {
                return false;
            }
        }
        return true;
    }
}
