package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.List;
import java.util.Set;

/**
 * An Arabic-script country name that is also a common word, listed as needing evidence (Arabic مالي, Persian
 * مالی are "financial" as well as Mali: "دعم مالي", "فساد مالی"), counts on its own when a preposition of place
 * or a location word stands right before it ("في مالي", "من مالي", "شمال مالي", "در مالی", "به مالی") or a
 * preposition is written on it ("بمالي", "لمالي"): an adjective never follows those. Without such a cue it
 * still needs a same-country name in the article (Bamako), see {@link SenseChooser}. Stateless.
 */
final class LocativeCue {
    /** Words before a country's name and never before an adjective (folded). */
    private static final Set<String> BEFORE_PLACE = TextTokenizer.foldedWords(
            "في من إلى الى عن نحو داخل شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي حدود عاصمة دولة جمهورية "
            + "در به از تا کشور شمال جنوب شرق غرب مرکز پایتخت جمهوری");
    /** Prepositions written on the word itself (بمالي، لمالي); not و, which also joins adjectives. */
    private static final Set<Character> ATTACHED = Set.of('ب', 'ل');

    private LocativeCue() {
    }

    /** The match marked as cued when a location word vouches for a listed word-like country name, else itself. */
    static Match apply(EntityDictionary dictionary, List<Token> tokens, int i, Match m) {
        if (!m.latin() && m.length() == 1 && !m.cued() && ArabicWordPlaces.isWord(m.key())) {
            return wordPlace(dictionary, tokens, i, m);
        }
        if (m.latin() || m.length() != 1 || m.cued() || !dictionary.needsEvidence(m.key(), EntityKind.COUNTRY)) {
            return m;
        }
        List<Integer> countries = countries(dictionary, m);
        if (countries.isEmpty()) {
            return m;
        }
        String word = tokens.get(i).folded();
        boolean attached = word.length() == m.key().length() + 1 && ATTACHED.contains(word.charAt(0))
                && word.endsWith(m.key());
        boolean before = i > 0 && !tokens.get(i).sentenceStart() && BEFORE_PLACE.contains(tokens.get(i - 1).folded());
        // the cue says "a country": a namesake town (Elmalı, also المالي in GeoNames) is not meant
        return attached || before ? m.withSenses(countries, true) : m;
    }

    /** A town whose name is a word ({@link ArabicWordPlaces}) fixed as the town after "في", "شرق", "در". */
    private static Match wordPlace(EntityDictionary dictionary, List<Token> tokens, int i, Match m) {
        if (!ArabicWordPlaces.placeWordBefore(tokens, i)) {
            return m;
        }
        List<Integer> places = m.senses().stream().filter(s -> dictionary.sense(s).kind() == EntityKind.PLACE)
                .toList();
        return places.isEmpty() ? m : m.withSenses(places, false);
    }

    private static List<Integer> countries(EntityDictionary dictionary, Match m) {
        return m.senses().stream().filter(s -> dictionary.sense(s).kind() == EntityKind.COUNTRY).toList();
    }
}
