package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A one-word Latin-script place right after a preposition of place, where a rule that reads capitals would
 * otherwise throw it away. Two cases:
 * <ul>
 * <li>A place that stands before a person's name ("condamné à Avignon Dominique Pelicot", "in Lyon Jean
 * Dupont") reads as a word of one longer capitalised name, and {@link NameShape#embedded} rules it out; after
 * a preposition of place with a given name right after it, it is a place followed by a person, so the match
 * is kept as not embedded (and the person's words are no longer read as a longer name).</li>
 * <li>In French text, a town of a country the language points to ({@link LanguageCountries#plausible}) whose
 * name has three or four letters (Alès, Agde, Sète, Albi, Dax) needs more than the article's language
 * ({@link SenseChooser} trusts a small town's one-word name from five letters); after "à" the name is the
 * town's, so the match is cued with those senses, from {@value #SHORT_TOWN_POPULATION} people.</li>
 * </ul>
 * <li>In English text, one-word places right after a preposition of place, alone or in a list ("a plant in
 * Skellefteå", "farmers around Choma and Monze"), are fixed as places ({@link #afterPreposition}), which lets
 * {@link SenseChooser} trust a town under its small-place population there as it does in French, still only
 * when the article names the town's country.</li>
 * </ul>
 * A given name is never read as a place here ("à Florence"). Stateless and thread-safe.
 */
final class LocativePlaces {
    /** Lower-case words before a place and never inside a person's name. */
    private static final Set<String> BEFORE_PLACE = TextTokenizer.foldedWords("à au aux en près depuis vers "
            + "in at near from outside");
    private static final Set<String> A = TextTokenizer.foldedWords("à");
    /** English prepositions of place before a town's name, none of which opens a person's or a body's name. */
    private static final Set<String> ENGLISH_BEFORE_TOWN = TextTokenizer.foldedWords("in at near around outside "
            + "from");
    /** Smallest population of a short-named town trusted after "à". */
    private static final int SHORT_TOWN_POPULATION = 20_000;
    /** Key lengths below which {@link SenseChooser} does not trust a small home town on its own. */
    private static final int SHORT_NAME = 5;
    private static final int SHORTEST_NAME = 3;

    private LocativePlaces() {
    }

    /** The match at word i, released from a longer name or cued as a home town when the rules above say so. */
    static Match apply(EntityDictionary dictionary, String text, List<Token> tokens, int i, Match m,
            String language) {
        if (!m.latin() || m.length() != 1 || m.cued() || i == 0 || tokens.get(i).sentenceStart()
                || NameLexicon.givenName(m.key())) {
            return m;
        }
        Token before = tokens.get(i - 1);
        if (before.capitalised()) {
            return m;
        }
        if (m.embedded()) {
            return BEFORE_PLACE.contains(before.folded()) && beforePerson(text, tokens, i) && anyPlace(dictionary, m)
                    ? unembedded(m) : m;
        }
        if ("fr".equals(language) && A.contains(before.folded()) && m.key().length() < SHORT_NAME
                && m.key().length() >= SHORTEST_NAME) {
            List<Integer> towns = homeTowns(dictionary, m, language);
            return towns.isEmpty() ? m : m.withSenses(towns, true);
        }
        return m;
    }

    /**
     * In English text, the one-word places {@code from} to {@code to} of one list in {@code out} (coordinated, see
     * {@link PlaceCues}) fixed as places when a preposition of place stands right before the list, which starts at
     * word {@code first}; a district seat kept only for its Arabic name still needs a town word.
     */
    static void afterPreposition(EntityDictionary dictionary, List<Token> tokens, List<Match> out, int first,
            int from, int to, String language) {
        if (!"en".equals(language) || first == 0 || tokens.get(first).sentenceStart()
                || !ENGLISH_BEFORE_TOWN.contains(tokens.get(first - 1).folded())) {
            return;
        }
        for (int j = from; j <= to; j++) {
            Match m = out.get(j);
            if (!m.latin() || m.length() != 1 || m.fixed() || m.embedded() || NameLexicon.givenName(m.key())
                    || NameLexicon.BLOCKED.contains(m.key())) { // "in March" is no town's name here
                continue;
            }
            List<Integer> towns = smallTowns(dictionary, m);
            if (!towns.isEmpty()) {
                out.set(j, m.withSenses(towns, false));
            }
        }
    }

    /**
     * The match's towns when none of its senses is a capital or a city {@link SenseChooser} trusts anyway (in
     * Paris, Texas must not win over Paris for an article that names the United States), else none.
     */
    private static List<Integer> smallTowns(EntityDictionary dictionary, Match m) {
        List<Integer> towns = new ArrayList<>(m.senses().size());
        for (int s : m.senses()) {
            EntitySense sense = dictionary.sense(s);
            if (sense.capital() || sense.population() >= SenseChooser.SMALL_PLACE) {
                return List.of();
            }
            if (sense.kind() == EntityKind.PLACE && !dictionary.places().needsTownWord(s)) {
                towns.add(s);
            }
        }
        return towns;
    }

    /** Whether the words after word i open a person's name: a given name, then a capitalised word. */
    private static boolean beforePerson(String text, List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        Token place = tokens.get(i);
        Token next = tokens.get(i + 1);
        // joined by one space only: "Avignon-Dominique" or "Avignon, Dominique" are other cases
        return next.start() == place.end() + 1 && text.charAt(place.end()) == ' '
                && NameShape.opensPersonName(text, tokens, i + 1);
    }

    private static boolean anyPlace(EntityDictionary dictionary, Match m) {
        for (int s : m.senses()) {
            if (dictionary.sense(s).kind() == EntityKind.PLACE) {
                return true;
            }
        }
        return false;
    }

    /** The place senses of towns of the language's countries with {@link #SHORT_TOWN_POPULATION} people. */
    private static List<Integer> homeTowns(EntityDictionary dictionary, Match m, String language) {
        Set<String> home = LanguageCountries.plausible(language);
        List<Integer> out = new ArrayList<>(1);
        for (int s : m.senses()) {
            EntitySense sense = dictionary.sense(s);
            if (sense.kind() == EntityKind.PLACE && home.contains(sense.countryCode())
                    && sense.population() >= SHORT_TOWN_POPULATION) {
                out.add(s);
            }
        }
        return out;
    }

    private static Match unembedded(Match m) {
        return new Match(m.start(), m.length(), m.surface(), m.key(), m.senses(), m.latin(), false, m.lastKey(),
                m.alternateOnly(), m.cued(), m.fixed());
    }
}
