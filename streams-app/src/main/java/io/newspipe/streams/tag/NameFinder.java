package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds organisation and person names in one Latin-script text from their shape and cues (see
 * {@link NameRecognizer}). Works on runs of capitalised words joined by spaces, hyphens, apostrophes and
 * lower-case connectors; a run with an organisation head noun is read as an organisation first, and what
 * is left of it as a person when a role cue, a common given name or a reporting verb says so. Words
 * the curated dictionary linked are marked in {@code curated}. One instance per text; not thread-safe.
 */
final class NameFinder {
    /**
     * A name found in the text: its kind, words [start, end), for an organisation its acronym, and whether
     * the only evidence for a person is a weak given name ({@link NameLexicon#weakGivenName}).
     */
    record Found(EntityKind kind, int start, int end, String acronym, boolean weak) {
        Found(EntityKind kind, int start, int end, String acronym) {
            this(kind, start, end, acronym, false);
        }
    }

    private static final int MAX_PERSON_WORDS = 4;
    /** A judge's title before the name in English news (not a role cue: "Justice" also opens bodies' names). */
    private static final String JUSTICE = "justice";
    /** Conjunctions that join two people's names. */
    private static final Set<String> AND = Set.of("and", "et");
    private final String text;
    private final List<Token> tokens;
    private final EntityKind[] curated;
    private final String language;
    private final Stopwords stopwords;
    private final NameWords words;
    private final OrganisationFinder organisations;
    private final OrganisationCues cues;
    private final UnlistedPlaces places;
    private final List<Found> out = new ArrayList<>();

    NameFinder(TokenizedText part, EntityKind[] curated, String language, Stopwords stopwords) {
        this.text = part.text();
        this.tokens = part.tokens();
        this.curated = curated;
        this.language = language;
        this.stopwords = stopwords;
        this.words = new NameWords(text, tokens, language, stopwords);
        this.organisations = new OrganisationFinder(words, curated, out);
        this.cues = new OrganisationCues(words, curated);
        this.places = new UnlistedPlaces(words, curated);
    }

    /** The names found, in text order within each run. */
    List<Found> find() {
        int i = 0;
        while (i < tokens.size()) {
            if (!cap(i)) {
                i++;
                continue;
            }
            int end = words.runEnd(i);
            cues.run(i, end);
            places.run(i);
            places.site(i, end);
            analyse(i, end);
            i = end;
        }
        return out;
    }

    /**
     * After {@link #find}: the organisations the text itself calls one ({@link OrganisationCues}), named as written
     * in French too, and the places no list knows that a preposition or a settlement noun announces
     * ({@link UnlistedPlaces}).
     */
    List<Found> cued() {
        List<Found> found = new ArrayList<>(cues.found());
        found.addAll(places.found());
        return found;
    }

    private void analyse(int start, int end) {
        int s = start;
        while (s < end && (!cap(s) || stop(s)) && !NameLexicon.ROLE_CUES.contains(folded(s))) {
            s++;
        }
        int[] org = organisations.orgSpan(s, end);
        if (org == null) {
            persons(s, end);
            return;
        }
        int left = org[0];
        while (left > s && !cap(left - 1)) {
            left--; // "the Ghana Bar Association and the Teachers Union": no "and the" after the first
        }
        if (left > s) {
            analyse(s, left); // "the Central Bank of Iraq and the Central Bank of Somalia"
        }
        persons(org[1], end);
    }

    // ---- people ----

    /**
     * Reads the words [s, e) of a run, split at connectors that are no name particle, as people; a name joined by
     * "and"/"et" to a person's is read as a person's too ("Naïm Boudaoud et Azim Epsirkhanov").
     */
    private void persons(int s, int e) {
        int a = s;
        boolean personBefore = false;
        for (int k = s; k <= e; k++) {
            if (k == e || (!cap(k) && !NameLexicon.PARTICLES.contains(folded(k))
                    && !words.syllableAfterHyphen(k - 1, k))) {
                if (k > a) {
                    boolean coordinated = personBefore && a > s && AND.contains(folded(a - 1));
                    personBefore = person(a, k, coordinated) || curatedPerson(a, k);
                }
                a = k + 1;
            }
        }
    }

    /** Whether every word in [a, b) is part of a person the dictionary linked. */
    private boolean curatedPerson(int a, int b) {
        for (int k = a; k < b; k++) {
            if (curated[k] != EntityKind.PERSON) {
                return false;
            }
        }
        return true;
    }

    /** Reads [a, b) as a person; {@code coordinated} when "and"/"et" joins it to a person. Whether one was found. */
    private boolean person(int a, int b, boolean coordinated) {
        int ns = roleCueEnd(a, b);
        boolean cue = ns > a;
        if (!cue) {
            ns = frenchDemonymEnd(a, b);
            cue = ns > a;
        }
        if (!cue) {
            int before = PersonCues.cueBefore(text, tokens, a, stopwords, language);
            while (before != PersonCues.NONE && ns < b && NameLexicon.PORTFOLIOS.contains(folded(ns))) {
                ns++; // "ministre de l'Intérieur Bruno Retailleau"
            }
            cue = before == PersonCues.DIRECT || (before == PersonCues.PORTFOLIO && ns > a)
                    || (ns == a && NameContext.roleBeforeComma(text, tokens, curated, a, b));
        }
        while (ns < b && (!cap(ns) || (ns < b - 1 && curated[ns] == EntityKind.COUNTRY))) {
            ns++; // "beating the Americans Kenneth Bednarek": a demonym before the name is no name word (no cue)
        }
        int words = nameWords(ns, b);
        if (words == 0 || words > MAX_PERSON_WORDS || NameLexicon.PARTICLES.contains(folded(b - 1))) {
            return false;
        }
        boolean evidence = cue || (words <= 3 && (coordinated || NameLexicon.givenName(folded(ns))
                || reported(ns, b)));
        boolean weak = !evidence && words <= 3 && NameLexicon.weakGivenName(folded(ns));
        if ((evidence || weak) && (words >= 2 || cue)) {
            out.add(new Found(EntityKind.PERSON, ns, b, null, weak));
            return true;
        }
        return false;
    }

    /**
     * The word after the last role cue in [a, b) ("President X", "ministre X"), or {@code a} when there is none. A
     * lower-only cue opening a sentence is capitalised only for that: "Economist Awa Ndiaye warned"; an initial is
     * no abbreviated cue ("M. K. Stalin" in English). A judge's "Justice" counts only before two name words
     * ("Justice Vincent Hoong", "Chief Justice John Roberts"), not in "Justice Ministry".
     */
    private int roleCueEnd(int a, int b) {
        for (int k = b - 1; k >= a; k--) {
            String f = folded(k);
            if (NameLexicon.ROLE_CUES.contains(f) && !words.initial(k) && (!NameLexicon.LOWER_ONLY_CUES.contains(f)
                    || (k == a && tokens.get(k).sentenceStart()))) {
                return k + 1;
            }
            if (f.equals(JUSTICE) && k <= b - 3 && cap(k + 1) && cap(k + 2)) {
                return k + 1;
            }
        }
        return a;
    }

    /**
     * The word after a French capitalised demonym that follows an article in [a, b) ("le Colombien Fernando
     * Gaviria"; "et le Belge X Y" is read from "le"), or {@code a} when there is none.
     */
    private int frenchDemonymEnd(int a, int b) {
        int lead = a;
        while (lead < b - 1 && !cap(lead)) {
            lead++;
        }
        return lead < b - 1 && NameContext.frenchDemonymNoun(text, tokens, curated, lead, language) ? lead + 1 : a;
    }

    /** The name words in [ns, b) (particles and initials apart), or 0 when one of them is no name word. */
    private int nameWords(int ns, int b) {
        int count = 0;
        for (int k = ns; k < b; k++) {
            if (!validPersonWord(k, k == ns)) {
                return 0;
            }
            count += NameLexicon.PARTICLES.contains(folded(k)) || words.initial(k)
                    || words.syllableAfterHyphen(k - 1, k) ? 0 : 1;
        }
        return count;
    }

    /** Whether a reporting verb or a sports cue stands next to the words [s, e), not read as a plural company. */
    private boolean reported(int s, int e) {
        return !plural(e - 1) && (PersonCues.reportedBy(text, tokens, s, e) || NameContext.sportsCue(text, tokens, s, e)
                || PersonContexts.cued(text, tokens, curated, s, e, language));
    }

    /**
     * Whether a word looks like an English plural ("Eastgate Ports said"): a company rather than a surname. Words
     * in -as and -os are surnames far more often (Lucas, Vargas, Santos, Ramos: {@link SurnameEndings}).
     */
    private boolean plural(int k) {
        String f = folded(k);
        return f.length() > 3 && f.endsWith("s") && !f.endsWith("ss") && !f.endsWith("us") && !f.endsWith("is")
                && !SurnameEndings.surnameInS(f);
    }

    private boolean validPersonWord(int k, boolean first) {
        String f = folded(k);
        Token t = tokens.get(k);
        if (words.initial(k) || words.syllableAfterHyphen(k - 1, k)) {
            return true; // "P. Kevin Castel", "M. K. Stalin", the "in" of "Moon Jae-in"
        }
        if (words.syllableAfterHyphen(k, k + 1) && !first) {
            return true; // the "O" of "Lee O-young"
        }
        if (curated[k] != null || t.allCaps() || NameLexicon.BLOCKED.contains(f) || NameLexicon.ORG_HEADS.contains(f)
                || NameLexicon.ROLE_CUES.contains(f) || Character.isDigit(t.surface().charAt(0))
                || (t.surface().length() == 1 && !NameLexicon.PARTICLES.contains(f))) {
            return false;
        }
        if (NameLexicon.PARTICLES.contains(f)) {
            return !first;
        }
        return !first || !stop(k); // "Kim Jong Un", "Marine Le Pen"
    }

    private boolean cap(int k) {
        return words.cap(k);
    }

    private boolean stop(int k) {
        return words.stop(k);
    }

    private String folded(int k) {
        return words.folded(k);
    }
}
