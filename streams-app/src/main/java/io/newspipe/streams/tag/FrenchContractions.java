package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * French place names that begin with the article, written after a preposition that absorbed it: "au Mans",
 * "du Havre", "au Cap", "aux Abymes" are Le Mans, Le Havre, Le Cap (Cape Town), Les Abymes. The word after
 * "au"/"du" is looked up with "le", after "aux" with "les"; only place senses count. Stateless.
 */
final class FrenchContractions {
    /** The contracted preposition (folded) and the article it absorbed. */
    private static final Map<String, String> ARTICLE = Map.of("au", "le ", "du", "le ", "aux", "les ");

    private FrenchContractions() {
    }

    /** The place "le/les" + word {@code i} names after a contracted preposition in French text, or null. */
    static EntityLinker.Match match(EntityDictionary d, List<Token> tokens, int i, String language) {
        if (!"fr".equals(language) || i == 0) {
            return null;
        }
        String article = ARTICLE.get(tokens.get(i - 1).folded());
        Token word = tokens.get(i);
        if (article == null || word.arabicScript() || !word.capitalised() || word.allCaps()) {
            return null;
        }
        String key = article + word.folded();
        EntityDictionary.Alias[] aliases = d.lookup(key);
        if (aliases == null) {
            return null;
        }
        List<Integer> senses = new ArrayList<>(1);
        List<Integer> alternateOnly = new ArrayList<>(0);
        for (EntityDictionary.Alias a : aliases) {
            boolean fits = (a.language() == null || a.language().equals(language)) && !a.acronym() && !a.cued();
            if (fits && d.sense(a.sense()).kind() == EntityKind.PLACE && !senses.contains(a.sense())) {
                senses.add(a.sense());
                if (a.alternate()) {
                    alternateOnly.add(a.sense());
                }
            }
        }
        return senses.isEmpty() ? null : new EntityLinker.Match(word.start(), 1, word.surface(), key,
                List.copyOf(senses), true, false, word.folded(), List.copyOf(alternateOnly), false, false);
    }
}
