package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second half of {@link EntityLinker}: chooses the sense of every name found in an article, the
 * countries the other names contribute as context (a name written twice is no evidence for itself), a lone
 * surname read as the person named in full elsewhere, and aggregates the mentions per sense into tags.
 * Thread-safe (immutable).
 */
final class MentionResolver {
    private final EntityDictionary dictionary;
    private final SenseChooser chooser;

    MentionResolver(EntityDictionary dictionary, SenseChooser chooser) {
        this.dictionary = dictionary;
        this.chooser = chooser;
    }

    /** The entities of {@code matches} (in text order) with their chosen senses, most mentioned first. */
    List<EntityTag> resolve(List<EntityLinker.Match> matches, String language) {
        Evidence evidence = countryEvidence(matches, language);
        Integer[] chosen = new Integer[matches.size()];
        Map<String, Integer> surnames = chooseSenses(matches, language, evidence, chosen);
        PlaceCues.oneAreaPerArticle(dictionary, matches, chosen);
        return tags(mentionsBySense(matches, chosen, surnames));
    }

    /**
     * The countries in context (those of the language, then one per name that contributes one), what each match
     * contributes, and how many matches of each name contributed.
     */
    private Evidence countryEvidence(List<EntityLinker.Match> matches, String language) {
        Map<String, Integer> context = new HashMap<>();
        for (String cc : LanguageCountries.named(language)) {
            context.put(cc, 1);
        }
        // what each name contributes, counted per name: a name written twice is no evidence for itself
        // (طرابلس twice in an article about Lebanon does not put Libya in context)
        List<String> contributed = new ArrayList<>(matches.size());
        Map<String, Integer> sameName = new HashMap<>();
        for (EntityLinker.Match m : matches) {
            String cc = chooser.contextCountry(m, language);
            contributed.add(cc);
            if (cc != null) {
                context.merge(cc, 1, Integer::sum);
                sameName.merge(m.key(), 1, Integer::sum);
            }
        }
        return new Evidence(context, contributed, sameName);
    }

    /**
     * Fills {@code chosen} with the sense of each match (null for none); returns the people named in full, by
     * the key of their last word (the first such person for each).
     */
    private Map<String, Integer> chooseSenses(List<EntityLinker.Match> matches, String language, Evidence evidence,
            Integer[] chosen) {
        Map<String, Integer> surnames = new HashMap<>();
        Set<String> home = LanguageCountries.plausible(language);
        for (int k = 0; k < matches.size(); k++) {
            EntityLinker.Match m = matches.get(k);
            String own = evidence.contributed().get(k);
            chosen[k] = chooser.choose(m, evidence.context(), own, own == null ? 0 : evidence.sameName().get(m.key()),
                    home, language);
            if (chosen[k] != null && m.length() > 1 && dictionary.sense(chosen[k]).kind() == EntityKind.PERSON) {
                surnames.putIfAbsent(m.lastKey(), chosen[k]);
            }
        }
        return surnames;
    }

    /** The surfaces and count of the mentions of each sense, in order of first mention. */
    private static Map<Integer, Aggregate> mentionsBySense(List<EntityLinker.Match> matches, Integer[] chosen,
            Map<String, Integer> surnames) {
        Map<Integer, Aggregate> bySense = new LinkedHashMap<>();
        for (int k = 0; k < matches.size(); k++) {
            EntityLinker.Match m = matches.get(k);
            // A lone word that is the surname of a person named in full elsewhere is that person.
            Integer sense = m.length() == 1 && surnames.containsKey(m.key()) ? surnames.get(m.key()) : chosen[k];
            if (sense != null) {
                bySense.computeIfAbsent(sense, s -> new Aggregate()).add(m.surface());
            }
        }
        return bySense;
    }

    /** One tag per sense, most mentioned first (a stable sort: ties stay in order of first mention). */
    private List<EntityTag> tags(Map<Integer, Aggregate> bySense) {
        List<EntityTag> out = new ArrayList<>(bySense.size());
        bySense.forEach((sense, agg) -> {
            EntitySense s = dictionary.sense(sense);
            out.add(new EntityTag(s.kind(), s.name(), s.id(), s.tagCountryCode(), List.copyOf(agg.mentions),
                    agg.count));
        });
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }

    /** The country evidence of one article's matches; see {@link #countryEvidence}. */
    private record Evidence(Map<String, Integer> context, List<String> contributed, Map<String, Integer> sameName) {
    }

    private static final class Aggregate {
        private final Set<String> mentions = new LinkedHashSet<>();
        private int count;

        void add(String surface) {
            mentions.add(surface);
            count++;
        }
    }
}
