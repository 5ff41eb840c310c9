package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Small places named in a list beside a big place of their own country ("Thimphu and Paro", "Alger, Oran et
 * Tlemcen"): the big place is the anchor, and a list member whose every sense is small is read as the
 * namesake in the anchor's country, with the list as evidence. News coordinates places of one country, so the
 * anchor vouches for a town too small to be named bare. Stateless.
 */
final class PlaceLists {
    /** Population from which a list member anchors the others (or a capital of any size). */
    static final long ANCHOR_POPULATION = 100_000;

    private PlaceLists() {
    }

    /**
     * Rewrites the small members of the coordinated place matches {@code from..to} of {@code matches} (in
     * place) when another member is an anchor of a country where they have a sense.
     */
    static void anchorSmallPlaces(EntityDictionary d, List<EntityLinker.Match> matches, int from, int to) {
        for (int j = from; j <= to; j++) {
            EntityLinker.Match m = matches.get(j);
            if (m.cued() || !allSmall(d, m)) {
                continue;
            }
            List<Integer> kept = anchoredSenses(d, matches, from, to, j);
            if (!kept.isEmpty()) {
                matches.set(j, m.withSenses(kept, true));
            }
        }
    }

    /** The senses of member {@code j} in the country of some other member's anchor sense; empty if none. */
    private static List<Integer> anchoredSenses(EntityDictionary d, List<EntityLinker.Match> matches, int from,
            int to, int j) {
        List<Integer> kept = new ArrayList<>(1);
        for (int s : matches.get(j).senses()) {
            String cc = d.sense(s).countryCode();
            for (int other = from; other <= to && cc != null && !kept.contains(s); other++) {
                if (other != j && anchors(d, matches.get(other), cc)) {
                    kept.add(s);
                }
            }
        }
        return kept;
    }

    /** Whether a match names only places, one of them a capital or a big place of country {@code cc}. */
    private static boolean anchors(EntityDictionary d, EntityLinker.Match m, String cc) {
        boolean found = false;
        for (int s : m.senses()) {
            EntitySense sense = d.sense(s);
            if (sense.kind() != EntityKind.PLACE) {
                return false;
            }
            found |= cc.equals(sense.countryCode()) && (sense.capital() || sense.population() >= ANCHOR_POPULATION);
        }
        return found;
    }

    /**
     * Whether every sense of a match is a place too small to anchor, none a capital, listed place or area, nor a
     * district seat whose one-word name is often a word (only found after a town word).
     */
    private static boolean allSmall(EntityDictionary d, EntityLinker.Match m) {
        for (int s : m.senses()) {
            EntitySense sense = d.sense(s);
            if (sense.kind() != EntityKind.PLACE || sense.capital() || sense.population() >= ANCHOR_POPULATION
                    || d.places().isListed(s) || d.places().isArea(s)
                    || (m.length() == 1 && d.places().needsTownWord(s))) {
                return false;
            }
        }
        return true;
    }
}
