package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * Curated organisations that news in Arabic and Persian names as a competition: the domestic football leagues
 * ("لیگ برتر", "الدوري السعودي للمحترفين", "الدوري الإنجليزي الممتاز"). The labelled sets, as the contract, treat
 * competitions like events (the AFC Champions League, the Olympics): not entities; a country's adjective in the
 * league's name still names the country, as the labelled sets count a demonym ("الدوري السعودي" → Saudi Arabia).
 * Latin-script text is not changed by this rule: no labelled set yet shows how its leagues should count.
 * Stateless and thread-safe.
 */
final class Competitions {
    /** Reported names of the curated leagues. */
    private static final Set<String> LEAGUES = Set.of("Premier League", "La Liga", "Serie A", "Bundesliga",
            "Ligue 1", "Saudi Pro League", "Persian Gulf Pro League", "Egyptian Premier League", "Botola Pro",
            "Qatar Stars League", "UAE Pro League");

    private Competitions() {
    }

    /** Whether every sense of {@code senses} is a league's. */
    static boolean allLeagues(EntityDictionary dictionary, List<Integer> senses) {
        for (int s : senses) {
            if (!league(dictionary.sense(s).name())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a reported organisation name is a competition's. */
    static boolean league(String name) {
        return LEAGUES.contains(name);
    }
}
