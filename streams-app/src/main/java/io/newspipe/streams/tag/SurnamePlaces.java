package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a place every mention of which is one Latin-script word that is also the first or last word of a
 * person named in full in the same article: "Taylor" after "Taylor Swift", "York said" after "Kate York" is
 * the person, not the town. Runs on the final entity list, after {@link NameRecognizer} has found the people
 * the dictionary does not know. Stateless.
 */
final class SurnamePlaces {
    private SurnamePlaces() {
    }

    /** {@code entities} without such places; the list itself when none is dropped. */
    static List<EntityTag> release(List<EntityTag> entities) {
        Set<String> personWords = null;
        for (EntityTag t : entities) {
            if (t.type() == EntityKind.PERSON) {
                for (String mention : t.mentions()) {
                    String[] words = mention.split(" ");
                    if (words.length >= 2) {
                        personWords = personWords == null ? new HashSet<>() : personWords;
                        personWords.add(words[0]);
                        personWords.add(words[words.length - 1]);
                    }
                }
            }
        }
        if (personWords == null) {
            return entities;
        }
        List<EntityTag> out = null;
        for (int k = 0; k < entities.size(); k++) {
            EntityTag t = entities.get(k);
            if (t.type() == EntityKind.PLACE && allPersonWords(t, personWords)) {
                out = out == null ? new ArrayList<>(entities.subList(0, k)) : out;
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? entities : List.copyOf(out);
    }

    private static boolean allPersonWords(EntityTag place, Set<String> personWords) {
        for (String mention : place.mentions()) {
            if (mention.indexOf(' ') >= 0 || mention.isEmpty() || TextTokenizer.isArabicLetter(mention.charAt(0))
                    || !personWords.contains(mention)) {
                return false;
            }
        }
        return !place.mentions().isEmpty();
    }
}
