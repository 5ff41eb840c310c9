package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;

/** The senses of a matched name whose aliases fit the text's words and language. Stateless. */
final class AllowedSenses {
    private AllowedSenses() {
    }

    /**
     * Senses whose names fit the text here (case, language, and the cue a cued name needs); {@code alternateOnly}
     * gets those matched only by an exonym. {@code articleAdded} when the text's first word carries an article
     * that the looked-up form lacks (السيول looked up as سيول).
     */
    static List<Integer> of(EntityDictionary.Alias[] aliases, String text, List<Token> tokens, int i, int n,
            String language, boolean articleAdded, List<Integer> alternateOnly) {
        // int arrays rather than lists of boxed ints: called for every candidate name, often with many senses
        int[] senses = new int[aliases.length];
        int count = 0;
        int[] primary = new int[aliases.length];
        int primaries = 0;
        for (EntityDictionary.Alias a : aliases) {
            boolean languageFits = a.language() == null || a.language().equals(language);
            if (languageFits && !(articleAdded && a.articleForbidden()) && NameShape.caseFits(a, tokens, i, n)
                    && (!a.cued() || DepartmentCues.fit(text, tokens, i, n))) {
                if (!contains(senses, count, a.sense())) {
                    senses[count++] = a.sense();
                }
                if (!a.alternate()) {
                    primary[primaries++] = a.sense();
                }
            }
        }
        if (count == 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(senses[k]);
            if (!contains(primary, primaries, senses[k])) {
                alternateOnly.add(senses[k]);
            }
        }
        return out;
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int k = 0; k < size; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }
}
