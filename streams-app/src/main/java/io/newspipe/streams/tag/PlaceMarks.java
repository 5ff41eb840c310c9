package io.newspipe.streams.tag;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dictionary knows about its place senses beyond {@link EntitySense}: which are first-order
 * administrative areas (and under which bare names, so that a cue can choose an area whose bare name is a
 * city's), which are curated places that need no evidence ({@link ListedPlaces}), and which small district
 * seats are found only after a town word. Built by
 * {@link Builder}, then immutable and thread-safe.
 */
final class PlaceMarks {
    private static final int[] NO_SENSES = new int[0];
    private final BitSet areas;
    private final BitSet listed;
    private final BitSet townWordOnly;
    private final Map<String, int[]> areasByName;

    private PlaceMarks(Builder b) {
        this.areas = (BitSet) b.areas.clone();
        this.listed = (BitSet) b.listed.clone();
        this.townWordOnly = (BitSet) b.townWordOnly.clone();
        this.areasByName = Map.copyOf(b.areasByName);
    }

    boolean isArea(int sense) {
        return areas.get(sense);
    }

    boolean isListed(int sense) {
        return listed.get(sense);
    }

    /**
     * Whether a place's one-word names are only found after a town word (بلدة الحويجة, قضاء داقوق): the small
     * district seats the gazetteer keeps below its population floors, whose names are often words (الجديدة, القصر).
     */
    boolean needsTownWord(int sense) {
        return townWordOnly.get(sense);
    }

    /** The areas whose bare name (without designator) has this folded key; empty if none. */
    int[] areasNamed(String key) {
        return areasByName.getOrDefault(key, NO_SENSES);
    }

    /** Collects marks. Not thread-safe. */
    static final class Builder {
        private final BitSet areas = new BitSet();
        private final BitSet listed = new BitSet();
        private final BitSet townWordOnly = new BitSet();
        private final Map<String, int[]> areasByName = new HashMap<>();

        void markArea(int sense) {
            areas.set(sense);
        }

        boolean isArea(int sense) {
            return areas.get(sense);
        }

        void markListed(int sense) {
            listed.set(sense);
        }

        void markTownWordOnly(int sense) {
            townWordOnly.set(sense);
        }

        /**
         * Records that a sense is an area with this bare name, so that a cue in the text ("provinces of X and
         * Y", "محافظات X وY") can choose it even where the bare name is a city's.
         */
        void addAreaName(int sense, List<Token> bareName) {
            markArea(sense);
            String key = EntityDictionary.key(bareName);
            int[] old = areasByName.getOrDefault(key, NO_SENSES);
            for (int s : old) {
                if (s == sense) {
                    return;
                }
            }
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = sense;
            areasByName.put(key, grown);
        }

        PlaceMarks build() {
            return new PlaceMarks(this);
        }
    }
}
