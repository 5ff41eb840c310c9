package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Organisations that no list knows but that the text itself calls one, named as written for {@link NameFinder}:
 * <ul>
 * <li>a capitalised name right after a lower-case noun of a company or group: "the Hanoi-based start-up X",
 * "chipmaker X", "the statistics agency X", "la société X", "le constructeur X", "l'institut de sondage X";</li>
 * <li>a name in apposition to such a noun: "X, a healthcare AI start-up owned by", "X, the country's largest
 * gang", "X, une entreprise de ...";</li>
 * <li>a French publisher after "publié chez X", "paru chez X";</li>
 * <li>a name before a company's legal form: "X Ltd", "X Inc.", "X GmbH" (reported without the form; not "Corp.",
 * which stands for a "Corporation" that is part of the name).</li>
 * </ul>
 * The name is one to four capitalised words joined by spaces, hyphens or apostrophes, none linked by the
 * dictionary, none a role, a calendar word or a stopword, not opening with a common given name (a person), and not
 * followed by "&amp;" or a connector and another capitalised word (a longer name whose end is unsure). Such names
 * are companies, brands, gangs and outlets, whose name as written is the reported one. One instance per text; not
 * thread-safe.
 */
final class OrganisationCues {
    /** Nouns of a company or group right before its name; "up" only after "start", "tank" after "think". */
    private static final Set<String> ENGLISH_BEFORE = WordSet.copyOf(TextTokenizer.foldedWords("company firm "
            + "startup up carmaker automaker chipmaker drugmaker publisher retailer lender airline insurer conglomerate "
            + "broadcaster newspaper outlet manufacturer miner operator agency group gang cartel militia union club "
            + "charity bank giant subsidiary regulator watchdog tank utility supermarket pollster team outfit fund "
            + "brand label studio planemaker steelmaker shipbuilder supplier magazine channel network website daily "
            + "weekly tabloid collective movement platform app alliance association party"));
    private static final Set<String> FRENCH_BEFORE = WordSet.copyOf(TextTokenizer.foldedWords("société groupe "
            + "entreprise startup up constructeur éditeur éditions édition syndicat club ong opérateur fabricant géant "
            + "laboratoire compagnie transporteur assureur banque filiale sondage institut distributeur équipementier "
            + "gang cartel écurie chaîne journal quotidien hebdomadaire magazine fonds agence studio label marque "
            + "enseigne plateforme application alliance association parti mouvement"));
    /** Articles before a French country adjective that stands for a company ("le japonais Toyota"). */
    private static final Set<String> DEMONYM_ARTICLES = WordSet.copyOf(TextTokenizer.foldedWords("le la l du au"));
    /** The head nouns of an apposition: the nouns above that name only a body, not a person's trade. */
    private static final Set<String> APPOSITION_HEADS = WordSet.copyOf(TextTokenizer.foldedWords("company firm "
            + "startup up carmaker automaker chipmaker drugmaker retailer lender airline insurer conglomerate "
            + "broadcaster newspaper outlet manufacturer group gang cartel militia charity subsidiary société groupe "
            + "entreprise constructeur fabricant filiale compagnie"));
    /** The first word of an apposition ("X, a ...", "X, une ..."). */
    private static final Set<String> ARTICLES = WordSet.copyOf(TextTokenizer.foldedWords("a an the un une le la l"));
    /** Words before a name that make it a place rather than a body ("in X, the company ..."). */
    private static final Set<String> LOCATIVES = WordSet.copyOf(TextTokenizer.foldedWords("in at near from to à "
            + "en dans près vers"));
    private static final Set<String> PUBLISHED = WordSet.copyOf(TextTokenizer.foldedWords("publié publiée publiés "
            + "publiées paru parue parus parues édité éditée"));
    private static final Set<String> LEGAL_FORMS = WordSet.copyOf(TextTokenizer.foldedWords("inc ltd llc plc "
            + "gmbh"));
    private static final String CHEZ = TextTokenizer.foldWord("chez");
    private static final String EDITION = TextTokenizer.foldWord("édition");
    /** Nouns of a person right after an apposition's head: "X, a company founder", "X, a gang member". */
    private static final Set<String> PERSON_AFTER = WordSet.copyOf(TextTokenizer.foldedWords("founder cofounder "
            + "co executive executives employee employees worker workers official officials owner manager director "
            + "boss chief member members leader leaders analyst spokesman spokeswoman fondateur dirigeant salarié "
            + "salariée employé employée patron membre"));
    private static final int MAX_WORDS = 4;
    /** The longest legal form ("gmbh"): longer words are not looked up. */
    private static final int LEGAL_FORM_CHARS = 4;
    /** Lower-case words walked from an apposition's article to its head noun. */
    private static final int APPOSITION_REACH = 6;

    private final NameWords words;
    private final EntityKind[] curated;
    private final Set<String> before;
    private final boolean french;
    private final List<NameFinder.Found> out = new ArrayList<>();

    OrganisationCues(NameWords words, EntityKind[] curated) {
        this.words = words;
        this.curated = curated;
        this.french = "fr".equals(words.language());
        this.before = french ? FRENCH_BEFORE : ENGLISH_BEFORE;
    }

    /**
     * Reads the run of capitalised words [s, e) that {@link NameFinder} walks: the name it opens after a cue word
     * right before it, or the run itself when a comma and an apposition or a legal form follow it. Only the
     * words around each run are read, not every word of the text.
     */
    void run(int s, int e) {
        // the cheapest and most selective test first: this runs for every capitalised run of every text
        if (s > 0 && (((before.contains(words.folded(s - 1)) || chez(s - 1)) && !words.cap(s - 1) && pairedCue(s - 1)
                && words.joined(s - 1, s)) || frenchDemonymCue(s - 1))) {
            add(s, nameEnd(s), false);
            return;
        }
        char after = charAfter(e - 1);
        boolean legal = after != ',' && words.tokens().get(e - 1).surface().length() <= LEGAL_FORM_CHARS
                && LEGAL_FORMS.contains(words.folded(e - 1));
        if ((legal || after == ',') && nameEnd(s) == (legal ? e - 1 : e) && (legal || apposition(e))) {
            add(s, legal ? e - 1 : e, true);
        }
    }

    /** The organisations found in the runs read so far, in text order. */
    List<NameFinder.Found> found() {
        return out;
    }

    /**
     * Whether word {@code k} is a lower-case country adjective after a cue noun or an article, right before a name,
     * in French: "le groupe chinois Wanhua", "l'écurie belge X", and the adjective alone standing for a company,
     * "le thaïlandais PTT Global Chemical", "l'américain Boeing" (a person's nationality is capitalised: "le
     * Français Sébastien Loeb").
     */
    private boolean frenchDemonymCue(int k) {
        if (!french || k == 0 || curated[k] != EntityKind.COUNTRY || words.cap(k) || words.cap(k - 1)
                || !words.joined(k, k + 1) || !words.joined(k - 1, k)) {
            return false;
        }
        String f = words.folded(k - 1);
        return before.contains(f) || DEMONYM_ARTICLES.contains(f);
    }

    /** Whether a two-word cue has its first word: "start-up", "think tank", "maison d'édition". */
    private boolean pairedCue(int k) {
        String f = words.folded(k);
        String first = k > 0 ? words.folded(k - 1) : "";
        return switch (f) {
            case "up" -> first.equals("start");
            case "tank" -> first.equals("think");
            default -> !f.equals(EDITION) || first.equals("d");
        };
    }

    /** Whether "chez" at {@code k} follows a participle of publishing ("publié chez X"). */
    private boolean chez(int k) {
        return words.folded(k).equals(CHEZ) && k > 0 && PUBLISHED.contains(words.folded(k - 1));
    }

    /**
     * Where a name of capitalised words from {@code s} ends, or {@code s} when it is no clean name: too long,
     * or going on with "&amp;" or a connector and a capitalised word ("Procter &amp; Gamble", "Société des mines").
     */
    private int nameEnd(int s) {
        List<Token> tokens = words.tokens();
        int e = capitalsEnd(s);
        if (e - s > MAX_WORDS) {
            return s;
        }
        if (e < tokens.size()) {
            boolean connected = words.joined(e - 1, e) && NameLexicon.CONNECTORS.contains(words.folded(e))
                    && e + 1 < tokens.size() && words.cap(e + 1) && words.joined(e, e + 1);
            if (charAfter(e - 1) == '&' || connected) {
                return s;
            }
        }
        return e;
    }

    /** The end of the capitalised words joined from {@code s}, before any legal form. */
    private int capitalsEnd(int s) {
        List<Token> tokens = words.tokens();
        int e = s + 1;
        while (e < tokens.size() && words.cap(e) && words.joined(e - 1, e) && !LEGAL_FORMS.contains(words.folded(e))) {
            e++;
        }
        return e;
    }

    /** The first character after word {@code k} that is no space, or a space at the end of the text. */
    private char charAfter(int k) {
        String text = words.text();
        for (int c = words.tokens().get(k).end(); c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch != ' ' && ch != '\u00a0') {
                return ch;
            }
        }
        return ' ';
    }

    /** Whether ", a|the ... head" follows the name ending at {@code e}, the head being no possessive or role's noun. */
    private boolean apposition(int e) {
        List<Token> tokens = words.tokens();
        if (e + 1 >= tokens.size() || charAfter(e - 1) != ',' || !ARTICLES.contains(words.folded(e))) {
            return false;
        }
        for (int k = e + 1; k < tokens.size() && k <= e + APPOSITION_REACH; k++) {
            String f = words.folded(k);
            if (OrganisationFinder.COMPLEMENT.contains(f) || NameLexicon.ROLE_CUES.contains(f)
                    || (k > e + 1 && !words.joined(k - 1, k))) {
                return false; // "X, a member of the company", "X, a company spokesman", a clause ended
            }
            if (APPOSITION_HEADS.contains(f) && pairedCue(k) && headEnds(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the head noun at {@code k} ends its phrase: no "'s", no person's noun ("company founder") and no
     * reporting verb after it.
     */
    private boolean headEnds(int k) {
        List<Token> tokens = words.tokens();
        if (k + 1 >= tokens.size()) {
            return true;
        }
        String next = words.folded(k + 1);
        char gap = charAfter(k);
        boolean possessive = next.equals("s") && (gap == '\'' || gap == '\u2019');
        // "X, the company said": a clause of its own, not an apposition
        return !possessive && !NameLexicon.ROLE_CUES.contains(next) && !PERSON_AFTER.contains(next)
                && !NameLexicon.REPORTING_AFTER.contains(next) && !NameLexicon.REPORTING_BEFORE.contains(next);
    }

    /** Adds the name [s, e) when each word may stand in a body's name and it does not read as a person or place. */
    private void add(int s, int e, boolean after) {
        if (e <= s || (after && locative(s))) {
            return;
        }
        Token first = words.tokens().get(s);
        if (NameLexicon.givenName(first.folded()) || (first.sentenceStart() && (after || e - s == 1) && words.stop(s))) {
            return;
        }
        if (after && first.sentenceStart() && e - s == 1 && !first.allCaps() && !innerCapital(first.surface())) {
            return; // "Meanwhile, the company said": one capitalised word opening a sentence may be any word
        }
        for (int k = s; k < e; k++) {
            String f = words.folded(k);
            if (curated[k] != null || words.stop(k) || NameLexicon.ROLE_CUES.contains(f)
                    || NameLexicon.BLOCKED_IN_ORGS.contains(f) || (e - s == 1 && NameLexicon.GENERIC.contains(f))
                    || Character.isDigit(words.tokens().get(k).surface().charAt(0))) {
                return;
            }
        }
        out.add(new NameFinder.Found(EntityKind.ORGANIZATION, s, e, null));
    }

    /** Whether a preposition of place stands right before the word {@code s}. */
    private boolean locative(int s) {
        return s > 0 && LOCATIVES.contains(words.folded(s - 1)) && words.joined(s - 1, s);
    }

    /** Whether a word has a capital after a lower-case letter ("VinBrain", "eSafety"): a brand's spelling. */
    static boolean innerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
