package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.List;
import java.util.Set;

/**
 * A one-word Latin-script place name that is only a word of a longer capitalised name, in which it names
 * nothing: a surname after a given name ("Sheldon Richardson", "Kate York") and the head of an "X of Y" name
 * ("University of Colorado", where University is also a Florida town). {@link EntityLinker} drops such a
 * match and leaves the words to {@link NameRecognizer}. Only matches every sense of which is a place: a
 * country's name ("Georgia") is left to the other rules. In French, which capitalises only an organisation's
 * first word, a place or country after de/du/d'/des that follows a capitalised word mid-sentence (at most one
 * lower-case word between) is the tail of that name: "Le Quotidien d'Oran", "Olympique de Marseille",
 * "Salon du Bourget"; the heads of bodies named by rule (Banque, Cour, Ministère) are left to
 * {@link RenderedOrganisations}; role words ("Premier ministre du Canada") and compass points ("le Sud de la
 * France") do not start such names. Stateless.
 */
final class PlaceInLongerName {
    private static final Set<String> FRENCH_OF = Set.of("de", "du", "d", "des");
    private static final Set<String> FRENCH_FUNCTION_WORDS = Set.of("et", "ou", "à", "a", "au", "aux", "en", "le",
            "la", "les", "l", "un", "une", "sur", "par", "pour", "dans", "avec", "entre", "vers", "ni", "mais",
            "puis", "que", "qui", "dont", "est", "sont", "près", "lors", "depuis", "après", "avant");
    /** Lower-case heads of French courts' names, whose place ("de Paris") is part of the name. */
    private static final Set<String> COURT_HEADS = Set.of("tribunal", "cour", "parquet");
    /** Most lower-case words between a court's head and "de": "d'assises spéciale", "de grande instance". */
    private static final int COURT_REACH = 4;
    /** Compass words, capitalised in "le Sud de la France", "l'Est de l'Ukraine": no organisation's head. */
    private static final Set<String> COMPASS = Set.of("nord", "sud", "est", "ouest", "nord-est", "nord-ouest",
            "sud-est", "sud-ouest", "centre", "north", "south", "east", "west");

    private PlaceInLongerName() {
    }

    /** Whether the match at word i lies inside a longer name as described above. */
    static boolean inside(EntityDictionary dictionary, String text, List<Token> tokens, int i, Match m,
            String language) {
        if (!m.latin()) {
            return false;
        }
        if ("fr".equals(language) && (frenchNameTail(text, tokens, i) || frenchCourtTail(tokens, i))
                && placesOrCountries(dictionary, m)) {
            return true;
        }
        if ((linkAfter(text, tokens, i + m.length()) || linkBefore(text, tokens, i))
                && placesOrCountries(dictionary, m)) {
            return true; // "Saint-Paul" in "Saint-Paul-lez-Durance", "Tarn" in "Brockley-on-Tarn": UnlistedPlaces'
        }
        if (m.length() != 1 || !allPlaces(dictionary, m)) {
            return false;
        }
        return afterGivenName(text, tokens, i) || beforeOfName(tokens, i);
    }

    /**
     * Whether a hyphen, a lower-case link of a place name ({@link UnlistedPlaces#HYPHEN_LINKS}), a hyphen and a
     * capitalised word follow the name that ends before word j: the name is only the head of a longer place name.
     */
    private static boolean linkAfter(String text, List<Token> tokens, int j) {
        if (j == 0 || j + 1 >= tokens.size()) {
            return false;
        }
        Token link = tokens.get(j);
        return !link.capitalised() && UnlistedPlaces.HYPHEN_LINKS.contains(link.folded())
                && hyphen(text, tokens.get(j - 1), link) && hyphen(text, link, tokens.get(j + 1))
                && tokens.get(j + 1).capitalised();
    }

    /** Whether a capitalised word, a hyphen, a link and a hyphen come right before word i ("Brockley-on-Tarn"). */
    private static boolean linkBefore(String text, List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token link = tokens.get(i - 1);
        return !link.capitalised() && UnlistedPlaces.HYPHEN_LINKS.contains(link.folded())
                && hyphen(text, link, tokens.get(i)) && hyphen(text, tokens.get(i - 2), link)
                && tokens.get(i - 2).capitalised();
    }

    private static boolean hyphen(String text, Token a, Token b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == '-';
    }

    /** "Le Quotidien d'Oran": de/du/d'/des before word i, and a capitalised head one or two words before that. */
    private static boolean frenchNameTail(String text, List<Token> tokens, int i) {
        if (i < 2 || tokens.get(i).sentenceStart() || !FRENCH_OF.contains(tokens.get(i - 1).folded())) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 3); k--) {
            Token t = tokens.get(k);
            if (t.capitalised()) {
                // the heads of bodies named by rule ("Banque centrale du Lesotho") keep their country for
                // RenderedOrganisations, which takes the country's mention over when it renders the body
                return !t.sentenceStart() && !t.allCaps() && !NameLexicon.ROLE_CUES.contains(t.folded())
                        && !COMPASS.contains(t.folded()) && !NameLexicon.FRENCH_HEADS.contains(t.folded())
                        && (k == i - 2 || !tokens.get(k + 1).capitalised())
                        && !listed(text, t.end(), tokens.get(i - 1).start());
            }
            if (k < i - 2 || FRENCH_OF.contains(t.folded()) || FRENCH_FUNCTION_WORDS.contains(t.folded())) {
                // one lower-case word may stand between the head and "de", an adjective ("Cour suprême du"),
                // never a conjunction ("Lille et de Marseille": two places)
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a list's punctuation stands between a capitalised word and the "de" after it: in "l'aide de
     * l'Espagne, du Royaume-Uni, du Qatar" each country after ", du" is the next item, no name's tail.
     */
    private static boolean listed(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * "la cour d'assises spéciale de Paris", "le tribunal de commerce de Lyon", "la cour criminelle du Vaucluse":
     * de/du/d' before word i, and a lower-case court's head before it with one or more lower-case words of its name
     * between (no article or other function word: "la cour de la mairie de Lyon" is a courtyard's).
     */
    private static boolean frenchCourtTail(List<Token> tokens, int i) {
        if (i < 2 || tokens.get(i).sentenceStart() || !FRENCH_OF.contains(tokens.get(i - 1).folded())) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 2 - COURT_REACH); k--) {
            Token t = tokens.get(k);
            if (t.capitalised() || FRENCH_FUNCTION_WORDS.contains(t.folded())) {
                return false;
            }
            if (COURT_HEADS.contains(t.folded())) {
                return k < i - 2; // a bare "tribunal de Carpentras" still says where the court sits
            }
        }
        return false;
    }

    private static boolean placesOrCountries(EntityDictionary dictionary, Match m) {
        for (int s : m.senses()) {
            EntityKind kind = dictionary.sense(s).kind();
            if (kind != EntityKind.PLACE && kind != EntityKind.COUNTRY) {
                return false;
            }
        }
        return !m.senses().isEmpty();
    }

    /** "Sheldon Richardson": a capitalised given name right before, one space between. */
    static boolean afterGivenName(String text, List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return !prev.arabicScript() && prev.capitalised() && !prev.allCaps() && prev.end() + 1 == tokens.get(i).start()
                && text.charAt(prev.end()) == ' ' && NameLexicon.givenName(prev.folded());
    }

    /** "University of Colorado": "of" and a capitalised word right after, in the same sentence. */
    private static boolean beforeOfName(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !"of".equals(tokens.get(i + 1).surface())) {
            return false;
        }
        Token after = tokens.get(i + 2);
        return after.capitalised() && !after.sentenceStart();
    }

    private static boolean allPlaces(EntityDictionary dictionary, Match m) {
        for (int s : m.senses()) {
            if (dictionary.sense(s).kind() != EntityKind.PLACE) {
                return false;
            }
        }
        return !m.senses().isEmpty();
    }
}
