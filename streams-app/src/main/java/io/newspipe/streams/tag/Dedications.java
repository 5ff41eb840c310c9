package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * French names of streets, schools, airports, stadiums and hospitals named after a person: French typography
 * joins the person's name with hyphens after the kind of place ("rue Victor-Hugo", "collège Aimé-Césaire",
 * "aéroport Charles-de-Gaulle", "hôpital Frantz-Fanon"), and such a name is not a mention of the person. A
 * person's own name is written with spaces between given name and surname (Éric Dupond-Moretti), so a name of two
 * words or more whose words are all joined by hyphens right after one of these words, or right after "à" or "au"
 * ("le tournoi à Roland-Garros"), is a dedication. Stateless and thread-safe.
 */
final class Dedications {
    /** The kinds of place French names after people (folded), as written before the name. */
    private static final Set<String> PLACE_WORDS = folded("rue", "avenue", "boulevard", "place", "quai", "cours",
            "allée", "impasse", "square", "chemin", "route", "pont", "esplanade", "parvis", "jardin", "parc",
            "lycée", "collège", "école", "université", "institut", "campus", "aéroport", "gare", "station",
            "stade", "gymnase", "piscine", "salle", "palais", "théâtre", "musée", "bibliothèque", "médiathèque",
            "hôpital", "clinique", "centre", "maison", "fondation", "prix", "promotion", "porte", "cité",
            "résidence", "caserne", "base", "boulevards", "rues", "lycées", "collèges", "écoles",
            // a venue or site after a preposition of place: "à Roland-Garros", "au Charles-de-Gaulle"
            "à", "au");

    private Dedications() {
    }

    /**
     * Whether tokens [i, i+n) of {@code text}, a Latin name of two words or more, are joined only by hyphens and
     * follow a word for a street, school or other place.
     */
    static boolean dedication(String text, List<Token> tokens, int i, int n) {
        if (n < 2 || i == 0 || tokens.get(i).sentenceStart() || !PLACE_WORDS.contains(tokens.get(i - 1).folded())) {
            return false;
        }
        for (int k = i; k < i + n - 1; k++) {
            int from = tokens.get(k).end();
            int to = tokens.get(k + 1).start();
            if (to - from != 1 || !hyphen(text.charAt(from))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(MatchingText.fold(w));
        }
        return Set.copyOf(out);
    }
}
