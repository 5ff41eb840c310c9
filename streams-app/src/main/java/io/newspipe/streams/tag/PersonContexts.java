package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * Cues for a person whose given name no list knows, beyond {@link PersonCues} and {@link NameContext}: the words
 * around an unknown Latin-script name of two or three words that only a person's name stands in.
 * <ul>
 * <li>a verb only people take right after it: "X Y resigned", "X Y stepped down", "X Y pleaded guilty",
 * "X Y a démissionné", "X Y est mort", "X Y was sworn in", "X Y a été élu";</li>
 * <li>a noun of a person's life, family or fate around it ({@link PersonNouns}): "X Y's lawyer", "the funeral
 * of X Y", "la mort de X Y", "X Y, who", "X Y, âgé de 34 ans";</li>
 * <li>a sentence's first word "Selon" or "According to" right before it (in mid-sentence {@link PersonCues}
 * reads them);</li>
 * <li>"and"/"et" joining it to a person the dictionary linked: "X Y and Jasprit Bumrah", "Emmanuel Macron et
 * X Y";</li>
 * <li>an apposition whose role has a possessive or an adjective before it: "X Y, the country's finance minister,",
 * "X Y, a retired teacher,";</li>
 * <li>the name between two commas after a role and its complement ("the grand imam of the mosque in Jakarta,
 * X Y, signed", "son successeur par intérim, X Y, a dédié"), a longer reach than
 * {@link NameContext#roleBeforeComma};</li>
 * <li>in English, a country's possessive before it: "Hungary's X Y will spend".</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class PersonContexts {
    /** English verbs in the past that follow a person's name and rarely a body's. */
    private static final Set<String> PERSON_VERBS = WordSet.copyOf(TextTokenizer.foldedWords("resigned died "
            + "stepped testified pleaded apologised apologized vowed recalled recounted wept smiled laughed replied "
            + "retorted conceded"));
    /** French participles after "a" or "est" that follow a person's name ("X Y a démissionné", "X Y est mort"). */
    private static final Set<String> FRENCH_PERSON_PARTICIPLES = WordSet.copyOf(TextTokenizer.foldedWords(
            "démissionné succombé plaidé avoué mort morte décédé décédée né née"));
    private static final Set<String> FRENCH_AUXILIARIES = WordSet.copyOf(TextTokenizer.foldedWords("a est"));
    /** Verbs and words that open a clause after a person's name ("Hungary's X Y will spend", "... who"). */
    private static final Set<String> CLAUSE_VERBS = WordSet.copyOf(TextTokenizer.foldedWords("will was is has had "
            + "who would could can won became"));
    /** English participles after "was" that only people take ("X Y was sworn in"). */
    private static final Set<String> PASSIVES = WordSet.copyOf(TextTokenizer.foldedWords("sworn born elected "
            + "re-elected arrested killed sentenced appointed kidnapped wounded shot murdered convicted acquitted "
            + "detained hospitalised hospitalized stabbed assassinated abducted jailed"));
    /** French participles after "a été" that only people take ("X Y a été élu"). */
    private static final Set<String> FRENCH_PASSIVES = WordSet.copyOf(TextTokenizer.foldedWords("élu élue réélu "
            + "réélue arrêté arrêtée tué tuée nommé nommée interpellé interpellée blessé blessée enlevé enlevée "
            + "hospitalisé hospitalisée inculpé inculpée assassiné assassinée abattu abattue investi investie "
            + "incarcéré incarcérée écroué écrouée"));
    private static final String ETE = TextTokenizer.foldedWords("été").iterator().next();
    /** Adjectives before the role of an apposition ("a retired teacher", "une jeune militante"). */
    private static final Set<String> ROLE_ADJECTIVES = WordSet.copyOf(TextTokenizer.foldedWords("retired local young "
            + "elderly veteran prominent renowned longtime leading famous celebrated independent opposition human "
            + "rights fellow top célèbre jeune influent influente"));
    /** Words of an age before the role ("a 116-year-old nun"). */
    private static final Set<String> AGE_WORDS = WordSet.copyOf(TextTokenizer.foldedWords("year years old"));
    private static final Set<String> AND = WordSet.copyOf(TextTokenizer.foldedWords("and et"));
    private static final String SELON = TextTokenizer.foldedWords("selon").iterator().next();
    /** Words walked before the comma in front of the name, back to its role. */
    private static final int ROLE_REACH = 8;
    /** Words read after an apposition's comma for its role word. */
    private static final int APPOSITION_STEPS = 6;

    private PersonContexts() {
    }

    /** Whether one of the cues above stands around the words [s, e), {@code curated} marking linked words. */
    static boolean cued(String text, List<Token> tokens, EntityKind[] curated, int s, int e, String language) {
        return personVerbAfter(text, tokens, e, language) || passiveAfter(text, tokens, e, language)
                || PersonNouns.around(text, tokens, s, e, language) || openingSelon(text, tokens, s)
                || besideLinkedPerson(text, tokens, curated, s, e) || possessiveApposition(text, tokens, e)
                || roleFarBeforeComma(text, tokens, curated, s, e) || countryPossessive(text, tokens, curated, s, e,
                language);
    }

    private static boolean personVerbAfter(String text, List<Token> tokens, int e, String language) {
        if (e >= tokens.size() || !space(text, tokens, e - 1, e) || tokens.get(e).capitalised()) {
            return false;
        }
        if (!"fr".equals(language)) {
            return PERSON_VERBS.contains(tokens.get(e).folded());
        }
        return e + 1 < tokens.size() && FRENCH_AUXILIARIES.contains(tokens.get(e).folded())
                && space(text, tokens, e, e + 1) && FRENCH_PERSON_PARTICIPLES.contains(tokens.get(e + 1).folded());
    }

    /**
     * "X Y was sworn in", "X Y was arrested", "X Y a été élu", "X Y a été interpellé": a passive only people
     * take (not "founded", "condemned": bodies are founded and fined).
     */
    private static boolean passiveAfter(String text, List<Token> tokens, int e, String language) {
        if (e + 1 >= tokens.size() || !space(text, tokens, e - 1, e)) {
            return false;
        }
        String first = tokens.get(e).folded();
        if (!"fr".equals(language)) {
            return (first.equals("was") || first.equals("is")) && space(text, tokens, e, e + 1)
                    && PASSIVES.contains(tokens.get(e + 1).folded());
        }
        return e + 2 < tokens.size() && first.equals("a") && tokens.get(e + 1).folded().equals(ETE)
                && FRENCH_PASSIVES.contains(tokens.get(e + 2).folded());
    }

    /** "Selon X Y, ..." and "According to X Y, ..." opening a sentence. */
    private static boolean openingSelon(String text, List<Token> tokens, int s) {
        if (s >= 1 && tokens.get(s - 1).sentenceStart() && tokens.get(s - 1).folded().equals(SELON)
                && space(text, tokens, s - 1, s)) {
            return true;
        }
        return s >= 2 && tokens.get(s - 2).sentenceStart() && tokens.get(s - 2).folded().equals("according")
                && tokens.get(s - 1).folded().equals("to") && space(text, tokens, s - 1, s);
    }

    /** "X Y and <linked person>" or "<linked person> and X Y". */
    private static boolean besideLinkedPerson(String text, List<Token> tokens, EntityKind[] curated, int s, int e) {
        if (e + 1 < tokens.size() && AND.contains(tokens.get(e).folded()) && space(text, tokens, e - 1, e)
                && space(text, tokens, e, e + 1) && curated[e + 1] == EntityKind.PERSON) {
            return true;
        }
        return s >= 2 && AND.contains(tokens.get(s - 1).folded()) && space(text, tokens, s - 2, s - 1)
                && space(text, tokens, s - 1, s) && curated[s - 2] == EntityKind.PERSON;
    }

    /**
     * "X Y, the country's finance minister,", "X Y, a retired teacher,": an apposition whose role follows a
     * possessive or an adjective {@link PersonCues} does not walk over.
     */
    private static boolean possessiveApposition(String text, List<Token> tokens, int e) {
        if (e >= tokens.size() || !TokenGaps.is(text, tokens, e - 1, e, ", ")) {
            return false;
        }
        boolean walked = false;
        for (int k = e; k < tokens.size() && k < e + APPOSITION_STEPS + 1; k++) {
            Token t = tokens.get(k);
            String f = t.folded();
            if (NameLexicon.ROLE_CUES.contains(f) && !NameLexicon.ABBREVIATED_CUES.contains(f)) {
                return walked;
            }
            boolean apostropheS = f.equals("s") && k > e && TokenGaps.isApostrophe(text, tokens, k - 1, k);
            boolean adjective = !t.capitalised() && ROLE_ADJECTIVES.contains(f);
            walked |= apostropheS || adjective;
            boolean modifier = t.capitalised() || Character.isDigit(f.charAt(0)) || AGE_WORDS.contains(f);
            if (!apostropheS && !adjective && !modifier && !NameLexicon.APPOSITION_WORDS.contains(f)
                    && !(k + 1 < tokens.size() && tokens.get(k + 1).folded().equals("s"))) {
                return false;
            }
        }
        return false;
    }

    /** ", X Y," with a lower-case role word at most {@link #ROLE_REACH} words before the first comma. */
    private static boolean roleFarBeforeComma(String text, List<Token> tokens, EntityKind[] curated, int s, int e) {
        if (s < 2 || e >= tokens.size() || !TokenGaps.is(text, tokens, s - 1, s, ", ")
                || !TokenGaps.startsWith(text, tokens, e - 1, e, ",")) {
            return false;
        }
        for (int k = s - 1, steps = 0; k >= 0 && steps < ROLE_REACH; k--, steps++) {
            Token t = tokens.get(k);
            String f = t.folded();
            if (!t.capitalised() && NameLexicon.ROLE_CUES.contains(f) && !NameLexicon.ABBREVIATED_CUES.contains(f)) {
                return true;
            }
            if (t.sentenceStart() || curated[k] == EntityKind.PERSON || k == 0
                    || !closeOrApostrophe(text, tokens, k - 1, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * English "Hungary's X Y will": a linked country, an apostrophe and s right before the name, and after it a
     * comma or a verb a person's name opens a clause with ("Vietnam's Communist Party headquarters" is no person).
     */
    private static boolean countryPossessive(String text, List<Token> tokens, EntityKind[] curated, int s, int e,
            String language) {
        if (!"en".equals(language) || s < 2 || e >= tokens.size() || !tokens.get(s - 1).folded().equals("s")
                || !TokenGaps.isApostrophe(text, tokens, s - 2, s - 1) || !space(text, tokens, s - 1, s)
                || curated[s - 2] != EntityKind.COUNTRY) {
            return false;
        }
        String f = tokens.get(e).folded();
        return TokenGaps.startsWith(text, tokens, e - 1, e, ",") || (space(text, tokens, e - 1, e)
                && (CLAUSE_VERBS.contains(f) || NameLexicon.REPORTING_AFTER.contains(f) || PERSON_VERBS.contains(f)));
    }

    private static boolean space(String text, List<Token> tokens, int a, int b) {
        return TokenGaps.isSpace(text, tokens, a, b);
    }

    private static boolean closeOrApostrophe(String text, List<Token> tokens, int a, int b) {
        return TokenGaps.isSpace(text, tokens, a, b) || TokenGaps.isApostrophe(text, tokens, a, b)
                || TokenGaps.is(text, tokens, a, b, "-");
    }
}
