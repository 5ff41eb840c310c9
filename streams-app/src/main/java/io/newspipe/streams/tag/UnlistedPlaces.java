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
 * de X"; written in lower case, also a hamlet, island, district or neighbourhood ("the island of X", "le hameau de
 * X", "le district de X"), where the name may have up to {@value #MAX_WORDS} words ("the island of Porto Santo");</li>
 * <li>the names that go on a list opened so ("à X, Y et Z", "the villages of X and Y"), whether the first is one
 * the dictionary knows or not.</li>
 * </ul>
 * A hyphenated name may hold lower-case links and common nouns after its first word ("à Pétion-Ville", "à
 * Saint-Jean-de-Luz"). The name is none the dictionary linked; its first word is no stopword, calendar or other
 * blocked word, no acronym or brand spelling ("à EDF", "à TotalEnergies") and no common given name ("à
 * Roland-Garros", "à Kamel Daoud"); no word is a role or an organisation's head noun; it does not go on with another
 * capitalised word. One instance per text; not thread-safe.
 */
final class UnlistedPlaces {
    private static final String A = TextTokenizer.foldWord("à");
    /** Nouns of a settlement before "of" or "de". */
    private static final Set<String> SETTLEMENTS = WordSet.copyOf(TextTokenizer.foldedWords("town village hamlet "
            + "township commune bourgade localité towns villages townships communes localités"));
    /** Nouns of a place before "of" or "de" that count only in lower case (the District of Columbia is a name). */
    private static final Set<String> LOWER_SETTLEMENTS = WordSet.copyOf(TextTokenizer.foldedWords("hamlet hamlets "
            + "island isle district neighbourhood neighborhood suburb hameau hameaux île quartier"));
    private static final Set<String> OF = WordSet.copyOf(TextTokenizer.foldedWords("of de d"));
    /**
     * Lower-case words of a direction or surroundings before "of"/"de" ("au nord de X", "south of X", "au large de
     * X", "the outskirts of X", "près de X", "in the vicinity of X"); "est" only after "l'" or in
     * "nord-est"/"sud-est", being also "is".
     */
    private static final Set<String> DIRECTIONS = WordSet.copyOf(TextTokenizer.foldedWords("nord sud ouest north "
            + "south east west northeast northwest southeast southwest outskirts large environs banlieue périphérie "
            + "abords près alentours vicinity"));
    private static final Set<String> EAST = WordSet.copyOf(TextTokenizer.foldedWords("est ouest"));
    private static final Set<String> NORTH_SOUTH = WordSet.copyOf(TextTokenizer.foldedWords("nord sud l"));
    /** Conjunctions that go on a list of places. */
    private static final Set<String> AND = WordSet.copyOf(TextTokenizer.foldedWords("and or et ou"));
    /**
     * Lower-case words inside a hyphenated place name ("Saint-Jean-de-Luz", "Châlons-en-Champagne",
     * "Saint-Paul-lez-Durance", "Seine-et-Marne", "Stratford-upon-Avon"); not "in", "of" or "the", which join
     * titles and phrases ("Commander-in-Chief", "Man-of-the-Match").
     */
    static final Set<String> HYPHEN_LINKS = WordSet.copyOf(TextTokenizer.foldedWords("de du des en sur sous "
            + "la le les lès lez aux au d l et on upon"));
    /** Heads that open a named site's name in Spanish, Portuguese and Italian ("Plaza Murillo", "Praça da Sé"). */
    private static final Set<String> SITE_OPENERS = WordSet.copyOf(TextTokenizer.foldedWords("plaza palacio palácio "
            + "praça piazza palazzo estadio estádio castillo catedral avenida calle rua"));
    /** Lower-case links inside a Romance site's name ("Praça da Sé", "Plaza de Mayo"). */
    private static final Set<String> SITE_LINKS = WordSet.copyOf(TextTokenizer.foldedWords("de del da do dos das la "
            + "los las"));
    /** Heads that close a named site's name in English ("Kariba Dam", "Tahrir Square", "Wembley Stadium"). */
    private static final Set<String> SITE_CLOSERS = WordSet.copyOf(TextTokenizer.foldedWords("dam square bridge "
            + "airport stadium cathedral mosque basilica castle beach hospital prison palace park"));
    /** Most words of a name after a settlement noun, and most names of one list. */
    private static final int MAX_WORDS = 3;
    private static final int MAX_LIST = 4;

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
                add(s + 1, false, 0);
            }
            return;
        }
        if (s > 0 && !cuedPlace(s) && linkedHyphenName(s)) {
            add(s, false, 0); // "une exploitation de Montastruc-de-Salies": the name's shape is a place's
        }
    }

    /** Adds the place a word right before {@code s} announces, if one does; whether one does. */
    private boolean cuedPlace(int s) {
        // "à", "of", "de", "d": the word before nearly every other run is longer, and read no further
        String before = words.folded(s - 1);
        if (before.length() > 2 || words.cap(s - 1) || !words.joined(s - 1, s)) {
            return false;
        }
        boolean longName = false;
        if (!(french && before.equals(A))) {
            if (!OF.contains(before) || s < 2 || !words.joined(s - 2, s - 1)) {
                return false;
            }
            String noun = words.folded(s - 2);
            if (!SETTLEMENTS.contains(noun)) {
                longName = LOWER_SETTLEMENTS.contains(noun) && !words.cap(s - 2);
                if (!longName && !direction(s - 2)) {
                    return false;
                }
            }
        }
        add(s, longName, 0);
        return true;
    }

    /**
     * Whether the name from {@code s} is hyphenated with a lower-case link between capitalised words
     * ("Montastruc-de-Salies", "Saint-Paul-lez-Durance"), a shape of place names, seldom of people or bodies.
     */
    private boolean linkedHyphenName(int s) {
        if (s + 1 >= words.tokens().size() || !gapIs(s, s + 1, "-")) {
            return false;
        }
        int e = nameEnd(s, false);
        for (int k = s + 1; k < e; k++) {
            if (!words.cap(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the run [s, e) as a named site when a site's head opens it ({@link #SITE_OPENERS}) or, in English, closes
     * it ({@link #SITE_CLOSERS}): two to four words, none linked by the dictionary (a listed town keeps its own
     * reading: "Kabul airport"), no acronym, role or organisation head, not opening with a given name ("Andrew
     * Castle") or a stopword. The labelled sets count named sites as places.
     */
    void site(int s, int e) {
        int n = e - s;
        boolean opened = SITE_OPENERS.contains(words.folded(s));
        if (n < 2 || n > MAX_WORDS + 1 || !(opened || (!french && SITE_CLOSERS.contains(words.folded(e - 1))))) {
            return;
        }
        if (NameLexicon.givenName(words.folded(s)) || words.stop(s)) {
            return;
        }
        for (int k = s; k < e; k++) {
            String w = words.folded(k);
            if (!words.cap(k) && !(opened && SITE_LINKS.contains(w))) {
                return; // "Spider on the Bridge" is a title; "Praça da Sé" keeps its "da"
            }
            if (curated[k] != null || words.tokens().get(k).allCaps() || NameLexicon.ROLE_CUES.contains(w)
                    || NameLexicon.ORG_HEADS.contains(w)) {
                return;
            }
        }
        out.add(new NameFinder.Found(EntityKind.PLACE, s, e, null));
    }

    /** The places found in the runs read so far, in text order. */
    List<NameFinder.Found> found() {
        return out;
    }

    private void add(int s, boolean longName, int n) {
        add(s, longName, n, false);
    }

    /**
     * Adds the place at {@code s} (one the dictionary linked, or a clean name: several words only when
     * {@code longName} allows), then the next name of the list it opens; {@code n} names of the list came before.
     * A name after a comma counts only when the list goes on after it ("à Niamey, Tiani a dit" is no list).
     */
    private void add(int s, boolean longName, int n, boolean afterComma) {
        int e = listedEnd(s);
        boolean listed = e > 0;
        if (!listed) {
            e = nameEnd(s, longName);
            if (e < 0 || !clean(s, e)) {
                return;
            }
        }
        int following = nextInList(e);
        if (afterComma && following < 0) {
            return;
        }
        int next = n + 1 < MAX_LIST ? following : -1;
        if (!listed) {
            out.add(new NameFinder.Found(EntityKind.PLACE, s, e, null));
        }
        if (next > 0) {
            add(next, longName, n + 1, next == e);
        }
    }

    /** Whether word k is a lower-case direction or surroundings word ({@link #DIRECTIONS}). */
    private boolean direction(int k) {
        if (words.cap(k)) {
            return false;
        }
        String w = words.folded(k);
        if (DIRECTIONS.contains(w)) {
            return true;
        }
        // "l'est de", "le sud-est de": the word before is joined by an apostrophe or a hyphen
        return EAST.contains(w) && k > 0 && NORTH_SOUTH.contains(words.folded(k - 1))
                && (gapIs(k - 1, k, "-") || gapIs(k - 1, k, "'") || gapIs(k - 1, k, "\u2019"));
    }

    /** The end of the place the dictionary linked at {@code s}, or -1. */
    private int listedEnd(int s) {
        int e = s;
        while (e < curated.length && curated[e] == EntityKind.PLACE && (e == s || words.joined(e - 1, e))) {
            e++;
        }
        return e > s ? e : -1;
    }

    /** The start of the list's next name after a place ending at {@code e}: ", Y" or "and Y"; else -1. */
    private int nextInList(int e) {
        List<Token> tokens = words.tokens();
        if (e + 1 >= tokens.size() || tokens.get(e).sentenceStart()) {
            return -1;
        }
        if (gapIs(e - 1, e, ", ") && words.cap(e)) {
            return e;
        }
        boolean and = AND.contains(words.folded(e)) && gapIs(e - 1, e, " ") && gapIs(e, e + 1, " ");
        return and && words.cap(e + 1) ? e + 1 : -1;
    }

    /** The end of the name from {@code s}, or -1 when it goes on with words that make its end unsure. */
    private int nameEnd(int s, boolean longName) {
        List<Token> tokens = words.tokens();
        int e = s + 1;
        while (e < tokens.size()) {
            if (gapIs(e - 1, e, "-") && words.cap(e)) {
                e++;
            } else if (gapIs(e - 1, e, "-") && HYPHEN_LINKS.contains(words.folded(e)) && e + 1 < tokens.size()
                    && gapIs(e, e + 1, "-") && words.cap(e + 1)) {
                e += 2; // "Saint-Jean-de-Luz"
            } else if (longName && e - s < MAX_WORDS && gapIs(e - 1, e, " ") && words.cap(e)) {
                e++;
            } else {
                break;
            }
        }
        if (e < tokens.size() && ((words.cap(e) && words.joined(e - 1, e)) || gapIs(e - 1, e, "-"))) {
            return -1; // "à Avignon Dominique Pelicot", "the town of Port Loko Mayor": the end is unsure
        }
        return e;
    }

    /** Whether the words [s, e) are a clean place name (see the class comment). */
    private boolean clean(int s, int e) {
        List<Token> tokens = words.tokens();
        Token first = tokens.get(s);
        String f = words.folded(s);
        if (NameLexicon.givenName(f) || first.sentenceStart() || words.stop(s) || NameLexicon.BLOCKED.contains(f)
                || first.surface().length() < 3) {
            return false;
        }
        for (int k = s; k < e; k++) {
            Token t = tokens.get(k);
            if (!words.cap(k)) {
                continue; // a hyphenated name's link ("de" in Saint-Jean-de-Luz)
            }
            String w = words.folded(k);
            if (curated[k] != null || t.allCaps() || OrganisationCues.innerCapital(t.surface())
                    || NameLexicon.ROLE_CUES.contains(w) || NameLexicon.ORG_HEADS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean gapIs(int a, int b, String gap) {
        return TokenGaps.is(words.text(), words.tokens(), a, b, gap);
    }
}
