package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A town followed by a comma and the name of a first-order area of its own country ("Everett, Washington",
 * "Portland, Oregon", "London, Ontario", "Paris, Texas"): news writes the state or province after a town to say
 * which one it is, so the second name is that area (not Washington the capital) and the town is one of that
 * country. Not when the second name goes on a list ("Tokyo, Osaka and Kyoto": three cities). Stateless.
 */
final class StateAfterComma {
    /** Words that go on a list after the second name. */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "et", "ou");

    private StateAfterComma() {
    }

    /**
     * Applies the rule to {@code matches} in place: {@code at} holds the token index of each match, {@code text}
     * the text the tokens index.
     */
    static void apply(EntityDictionary d, String text, List<Token> tokens, List<EntityLinker.Match> matches,
            int[] at) {
        for (int j = 1; j < matches.size(); j++) {
            EntityLinker.Match town = matches.get(j - 1);
            EntityLinker.Match area = matches.get(j);
            int end = at[j - 1] + town.length();
            if (at[j] != end || tokens.get(end).sentenceStart() || !town.latin()
                    || !gap(text, tokens.get(end - 1), tokens.get(end), ", ")
                    || listGoesOn(text, tokens, end + area.length())) {
                continue;
            }
            for (int a : d.places().areasNamed(area.key())) {
                String cc = d.sense(a).countryCode();
                List<Integer> towns = townsIn(d, town, cc);
                if (!towns.isEmpty()) {
                    matches.set(j - 1, town.withSenses(towns, true));
                    matches.set(j, area.withSenses(List.of(a), true));
                    break;
                }
            }
        }
    }

    /** The senses of {@code m} that are places, not areas, of country {@code cc}; empty if any sense is not a place. */
    private static List<Integer> townsIn(EntityDictionary d, EntityLinker.Match m, String cc) {
        List<Integer> out = new ArrayList<>(m.senses().size());
        for (int s : m.senses()) {
            EntitySense sense = d.sense(s);
            if (sense.kind() != EntityKind.PLACE) {
                return List.of();
            }
            if (!d.places().isArea(s) && cc != null && cc.equals(sense.countryCode())) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether a comma or a conjunction and then a capitalised word follow the word before token {@code k}
     * ("Osaka and Kyoto", "Osaka, Kyoto"; not "Texas, and then").
     */
    private static boolean listGoesOn(String text, List<Token> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k).sentenceStart()) {
            return false;
        }
        if (LIST_WORDS.contains(tokens.get(k).folded())) {
            return k + 1 < tokens.size() && tokens.get(k + 1).capitalised();
        }
        return gap(text, tokens.get(k - 1), tokens.get(k), ", ") && tokens.get(k).capitalised();
    }

    private static boolean gap(String text, Token a, Token b, String expected) {
        return b.start() - a.end() == expected.length() && text.startsWith(expected, a.end());
    }
}
