package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places no list knows (villages, small towns, a city's districts), named as written for {@link NameFinder}, where
 * the words before them say a place follows:
 * <ul>
 * <li>in French, one capitalised word (hyphenated or not) right after "à": "à Saint-Fons", "à Bercy";</li>
 * <li>a noun of a settlement and its "of"/"de": "the village of X", "the town of X", "la commune de X", "le village
 * de X".</li>
 * </ul>
 * The word is none the dictionary linked, no stopword, role, calendar or other blocked word, no acronym or brand
 * spelling ("à EDF", "à TotalEnergies"), not an organisation's head noun, and does not open with a common given
 * name ("à Roland-Garros", "à Kamel Daoud") nor go on with another capitalised word. One instance per text; not
 * thread-safe.
 */
final class UnlistedPlaces {
    private static final String A = TextTokenizer.foldWord("à");
    /** Nouns of a settlement before "of" or "de". */
    private static final Set<String> SETTLEMENTS = WordSet.copyOf(TextTokenizer.foldedWords("town village hamlet "
            + "township commune bourgade localité"));
    private static final Set<String> OF = WordSet.copyOf(TextTokenizer.foldedWords("of de d"));

    private final NameWords words;
    private final EntityKind[] curated;
    private final boolean french;
    private final List<NameFinder.Found> out = new ArrayList<>();

    UnlistedPlaces(NameWords words, EntityKind[] curated) {
        this.words = words;
        this.curated = curated;
        this.french = "fr".equals(words.language());
    }

    /**
     * Reads the run of capitalised words from {@code s} that {@link NameFinder} walks, for a place announced by the
     * words right before it; a sentence's capitalised "À" opens the run itself ("À Chiva, il est tombé").
     */
    void run(int s) {
        if (french && words.tokens().get(s).sentenceStart() && words.folded(s).equals(A)) {
            if (s + 1 < words.tokens().size() && words.cap(s + 1) && words.joined(s, s + 1)) {
                add(s + 1);
            }
            return;
        }
        if (s == 0) {
            return;
        }
        // "à", "of", "de", "d": the word before nearly every other run is longer, and read no further
        String before = words.folded(s - 1);
        if (before.length() > 2 || words.cap(s - 1) || !words.joined(s - 1, s)) {
            return;
        }
        if ((french && before.equals(A)) || (OF.contains(before) && s >= 2
                && SETTLEMENTS.contains(words.folded(s - 2)) && words.joined(s - 2, s - 1))) {
            add(s);
        }
    }

    /** The places found in the runs read so far, in text order. */
    List<NameFinder.Found> found() {
        return out;
    }

    /** Adds the hyphenated word from {@code s} when it is a clean place name. */
    private void add(int s) {
        List<Token> tokens = words.tokens();
        int e = s + 1;
        while (e < tokens.size() && gapIs(e - 1, e, "-") && words.cap(e)) {
            e++;
        }
        if (e < tokens.size() && ((words.cap(e) && words.joined(e - 1, e)) || gapIs(e - 1, e, "-"))) {
            return; // "à Avignon Dominique Pelicot", "the town of Port Loko", "à Saint-Jean-de-Luz": the end is unsure
        }
        Token first = tokens.get(s);
        if (NameLexicon.givenName(first.folded()) || first.sentenceStart()) {
            return;
        }
        for (int k = s; k < e; k++) {
            String f = words.folded(k);
            Token t = tokens.get(k);
            if (curated[k] != null || (k == s && words.stop(k)) || t.allCaps() || OrganisationCues.innerCapital(t.surface())
                    || NameLexicon.BLOCKED.contains(f) || NameLexicon.ROLE_CUES.contains(f)
                    || NameLexicon.ORG_HEADS.contains(f) || t.surface().length() < 3) {
                return;
            }
        }
        out.add(new NameFinder.Found(EntityKind.PLACE, s, e, null));
    }

    private boolean gapIs(int a, int b, String gap) {
        List<Token> tokens = words.tokens();
        return words.text().substring(tokens.get(a).end(), tokens.get(b).start()).equals(gap);
    }
}
