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
    private final Map<String, int[]> bySkeleton;
    private final Map<String, String[]> skeletonGaps;

    private PlaceMarks(Builder b) {
        this.areas = (BitSet) b.areas.clone();
        this.listed = (BitSet) b.listed.clone();
        this.townWordOnly = (BitSet) b.townWordOnly.clone();
        this.areasByName = Map.copyOf(b.areasByName);
        this.bySkeleton = Map.copyOf(b.bySkeleton);
        this.skeletonGaps = Map.copyOf(b.skeletonGaps);
    }

    /**
     * The towns one of whose Latin names has the consonants of an Arabic-script skeleton and a vowel wherever
     * it writes a long one ({@link TownSkeletons}); empty if none.
     */
    int[] sensesBySkeleton(TownSkeletons.Skeleton arabic) {
        int[] senses = bySkeleton.get(arabic.consonants());
        if (senses == null) {
            return NO_SENSES;
        }
        String[] gaps = skeletonGaps.get(arabic.consonants());
        int[] out = new int[senses.length];
        int n = 0;
        for (int k = 0; k < senses.length; k++) {
            if ((n == 0 || out[n - 1] != senses[k])
                    && new TownSkeletons.Skeleton(arabic.consonants(), gaps[k]).admits(arabic)) {
                out[n++] = senses[k];
            }
        }
        return Arrays.copyOf(out, n);
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
        int[] named = areasByName.get(key);
        return named != null ? named : areasByName.getOrDefault(withoutAccents(key), NO_SENSES);
    }

    /**
     * A Latin key without its accents (colón → colon), or the key itself: area names derived from ISO 3166-2
     * often drop the accents the city's GeoNames name keeps (the province of Colón is "Colon").
     */
    static String withoutAccents(String key) {
        if (key.isEmpty() || key.charAt(0) > '\u024F') {
            return key;
        }
        return java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Collects marks. Not thread-safe. */
    static final class Builder {
        private final BitSet areas = new BitSet();
        private final BitSet listed = new BitSet();
        private final BitSet townWordOnly = new BitSet();
        private final Map<String, int[]> areasByName = new HashMap<>();
        private final Map<String, int[]> bySkeleton = new HashMap<>();
        private final Map<String, String[]> skeletonGaps = new HashMap<>();

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

        /** Records that a town's Latin name has this skeleton ({@link TownSkeletons}). */
        void addSkeleton(TownSkeletons.Skeleton skeleton, int sense) {
            int[] senses = bySkeleton.getOrDefault(skeleton.consonants(), NO_SENSES);
            String[] gaps = skeletonGaps.getOrDefault(skeleton.consonants(), new String[0]);
            for (int k = 0; k < senses.length; k++) {
                if (senses[k] == sense && gaps[k].equals(skeleton.gaps())) {
                    return;
                }
            }
            int[] grown = Arrays.copyOf(senses, senses.length + 1);
            String[] grownGaps = Arrays.copyOf(gaps, gaps.length + 1);
            grown[senses.length] = sense;
            grownGaps[gaps.length] = skeleton.gaps();
            bySkeleton.put(skeleton.consonants(), grown);
            skeletonGaps.put(skeleton.consonants(), grownGaps);
        }

        /**
         * Records that a sense is an area with this bare name, so that a cue in the text ("provinces of X and
         * Y", "محافظات X وY") can choose it even where the bare name is a city's.
         */
        void addAreaName(int sense, List<Token> bareName) {
            markArea(sense);
            String key = EntityDictionary.key(bareName);
            addTo(areasByName, key, sense);
            String plain = withoutAccents(key);
            if (!plain.equals(key)) {
                addTo(areasByName, plain, sense);
            }
        }

        private static void addTo(Map<String, int[]> map, String key, int sense) {
            int[] old = map.getOrDefault(key, NO_SENSES);
            for (int s : old) {
                if (s == sense) {
                    return;
                }
            }
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = sense;
            map.put(key, grown);
        }

        PlaceMarks build() {
            return new PlaceMarks(this);
        }
    }
}
