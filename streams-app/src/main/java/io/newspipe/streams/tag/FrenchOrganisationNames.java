package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds in French text organisations named by a capitalised head noun and lower-case adjectives only, whose
 * English name follows word for word, for {@link RenderedOrganisations}: French puts the adjectives after the
 * noun and English before it, ordered by kind (status, federal, supreme, region, scope, then the rest), so
 * "Commission électorale nationale indépendante" is the "Independent National Electoral Commission" and
 * "Comité international olympique" the "International Olympic Committee". A name that goes on with a
 * complement ("Confédération générale du travail": "of Labour" or "Labour ..." is not regular) or a country's
 * adjective ("Parti libéral australien" is the Liberal Party of Australia, "Banque nationale suisse" the Swiss
 * National Bank) is left alone, and {@link BodyNames} gives a body's own title where the words mislead. An
 * acronym defined in parentheses right after the name ("(CENI)") names it again later in the same text.
 * Names whose one adjective says no particular body ("Conseil national") are refused. Stateless.
 */
final class FrenchOrganisationNames {
    /** Folded French head nouns and their English nouns. */
    private static final Map<String, String> HEADS = folded(Map.ofEntries(Map.entry("commission", "Commission"),
            Map.entry("conseil", "Council"), Map.entry("agence", "Agency"), Map.entry("autorité", "Authority"),
            Map.entry("fédération", "Federation"), Map.entry("confédération", "Confederation"),
            Map.entry("union", "Union"), Map.entry("association", "Association"), Map.entry("parti", "Party"),
            Map.entry("mouvement", "Movement"), Map.entry("front", "Front"), Map.entry("comité", "Committee"),
            Map.entry("institut", "Institute"), Map.entry("fondation", "Foundation"), Map.entry("garde", "Guard"),
            Map.entry("ligue", "League"), Map.entry("organisation", "Organization"), Map.entry("cour", "Court"),
            Map.entry("banque", "Bank"), Map.entry("assemblée", "Assembly"), Map.entry("alliance", "Alliance"),
            Map.entry("coalition", "Coalition"), Map.entry("rassemblement", "Rally"), Map.entry("congrès", "Congress"),
            Map.entry("convention", "Convention"), Map.entry("observatoire", "Observatory"),
            Map.entry("tribunal", "Tribunal"), Map.entry("conférence", "Conference"), Map.entry("académie", "Academy")));
    /** Folded French adjectives (every gender and number) and their English adjectives. */
    private static final Map<String, String> ADJECTIVES = adjectives();
    /** Adjectives that alone with a head name no particular body ("Conseil national", "Cour suprême"). */
    private static final Set<String> GENERIC = Set.of("National", "Central", "General", "Federal", "Public",
            "Supreme", "Superior", "Permanent", "Special", "Regional", "Provincial", "Municipal", "Executive",
            "Military", "Constitutional", "International", "Interim", "Provisional", "Transitional");
    /** English adjectives in their order before a head (by group); any other adjective comes after them. */
    private static final List<String> RANKS = List.of("Independent", "United", "Provisional", "Transitional",
            "Interim", "Permanent", "Autonomous", "Federal", "Supreme", "Superior", "European", "African", "Arab",
            "Islamic", "National", "International", "General", "Central", "Regional", "Provincial", "Municipal",
            "Metropolitan");
    /** Links before a country complement ("du Mali", "de la Tunisie", "d'Égypte"). */
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d", "la", "l");
    /** Capitalised words before a head that do not belong to the name ("La Commission", "L'Union"). */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "un", "une", "cette", "ce", "du",
            "de", "des", "d", "selon", "et", "à", "a", "au", "aux", "par", "pour", "avec", "dans", "sur");
    private static final int MAX_ACRONYM = 8;

    private FrenchOrganisationNames() {
    }

    /** The names rendered from {@code tokens} of one French text, in text order, with later acronym mentions. */
    static List<RenderedOrganisations.Hit> scan(String text, List<Token> tokens, LinkedMentions linked) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        Map<String, String> acronyms = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String byAcronym = t.allCaps() ? acronyms.get(t.surface()) : null;
            if (byAcronym != null) {
                out.add(new RenderedOrganisations.Hit(byAcronym, i, i + 1));
                continue;
            }
            String head = t.capitalised() && !t.allCaps() ? HEADS.get(t.folded()) : null;
            if (head == null || insideName(text, tokens, i)) {
                continue;
            }
            RenderedOrganisations.Hit hit = name(text, tokens, i, head, linked);
            if (hit != null) {
                out.add(hit);
                String acronym = acronymAfter(text, tokens, hit);
                if (acronym != null) {
                    acronyms.putIfAbsent(acronym, hit.name());
                }
                i = hit.end() - 1;
            }
        }
        return out;
    }

    /** The name whose head is word {@code i}, or null when its words are not all understood. */
    private static RenderedOrganisations.Hit name(String text, List<Token> tokens, int i, String head,
            LinkedMentions linked) {
        List<String> english = new ArrayList<>();
        int j = i + 1;
        boolean specific = false;
        while (j < tokens.size() && spaced(text, tokens, j) && !tokens.get(j).capitalised()) {
            String adjective = ADJECTIVES.get(tokens.get(j).folded());
            if (adjective == null) {
                break;
            }
            english.add(adjective);
            specific |= !GENERIC.contains(adjective);
            j++;
        }
        if (english.isEmpty() || (english.size() == 1 && !specific) || followed(text, tokens, j, linked)) {
            return null;
        }
        // English orders adjectives by kind: "Independent National Electoral", "International Olympic"
        english.sort(Comparator.comparingInt(FrenchOrganisationNames::rank));
        return new RenderedOrganisations.Hit(String.join(" ", english) + " " + head, i, j);
    }

    /**
     * Whether the name goes on after word {@code j - 1}: in capitals, with a complement ("du travail", "de Russie")
     * or with a country's adjective ("Parti libéral australien"): English names a country's body now "Liberal
     * Party of Australia", now "Swiss National Bank", and no rule says which.
     */
    private static boolean followed(String text, List<Token> tokens, int j, LinkedMentions linked) {
        if (j >= tokens.size() || !spaced(text, tokens, j)) {
            return false;
        }
        Token next = tokens.get(j);
        return next.capitalised() || LINKS.contains(next.folded()) || linked.at(tokens, j, EntityKind.COUNTRY) != null;
    }

    /** Whether a capitalised word other than an article stands right before the head ("Haute Autorité"). */
    private static boolean insideName(String text, List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).capitalised()) {
            return false;
        }
        int gap = tokens.get(i).start() - tokens.get(i - 1).end();
        return gap <= 1 && !ARTICLES.contains(tokens.get(i - 1).folded());
    }

    /** Where an English adjective stands before the head: status, federal, supreme, region, scope, then kind. */
    private static int rank(String adjective) {
        int k = RANKS.indexOf(adjective);
        return k < 0 ? RANKS.size() : k;
    }

    /** Whether word {@code j} follows word {@code j - 1} after one space. */
    private static boolean spaced(String text, List<Token> tokens, int j) {
        int from = tokens.get(j - 1).end();
        int to = tokens.get(j).start();
        return to - from == 1 && (text.charAt(from) == ' ' || text.charAt(from) == '\u00a0');
    }

    /** An acronym defined in parentheses right after the name, its first letter the name's: "... (CENI)". */
    private static String acronymAfter(String text, List<Token> tokens, RenderedOrganisations.Hit hit) {
        int k = hit.end();
        if (k >= tokens.size()) {
            return null;
        }
        Token acr = tokens.get(k);
        String between = text.substring(tokens.get(k - 1).end(), acr.start()).strip();
        boolean closed = acr.end() < text.length() && text.charAt(acr.end()) == ')';
        if (!between.equals("(") || !closed || !acr.allCaps() || acr.surface().length() < 2
                || acr.surface().length() > MAX_ACRONYM) {
            return null;
        }
        return acr.folded().charAt(0) == tokens.get(hit.start()).folded().charAt(0) ? acr.surface() : null;
    }

    private static Map<String, String> adjectives() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : adjectiveTable()) {
            for (int k = 1; k < row.length; k++) {
                out.put(TextTokenizer.foldWord(row[k]), row[0]);
            }
        }
        return Map.copyOf(out);
    }

    /** Rows of an English adjective and its French forms. */
    private static String[][] adjectiveTable() {
        return new String[][] {
                {"National", "national", "nationale", "nationaux", "nationales"},
                {"Independent", "indépendant", "indépendante", "indépendants", "indépendantes"},
                {"Electoral", "électoral", "électorale", "électoraux", "électorales"},
                {"Central", "central", "centrale", "centraux", "centrales"},
                {"Democratic", "démocratique", "démocratiques", "démocrate", "démocrates"},
                {"Republican", "républicain", "républicaine", "républicains", "républicaines"},
                {"Socialist", "socialiste", "socialistes"}, {"Communist", "communiste", "communistes"},
                {"General", "général", "générale", "généraux", "générales"},
                {"International", "international", "internationale", "internationaux", "internationales"},
                {"European", "européen", "européenne", "européens", "européennes"},
                {"African", "africain", "africaine", "africains", "africaines"}, {"Arab", "arabe", "arabes"},
                {"Islamic", "islamique", "islamiques"}, {"Revolutionary", "révolutionnaire", "révolutionnaires"},
                {"Patriotic", "patriotique", "patriotiques"},
                {"Constitutional", "constitutionnel", "constitutionnelle"}, {"Supreme", "suprême"},
                {"Federal", "fédéral", "fédérale", "fédéraux", "fédérales"},
                {"Liberal", "libéral", "libérale", "libéraux", "libérales"}, {"United", "unifié", "unifiée"},
                {"Civic", "civique", "civiques"}, {"Permanent", "permanent", "permanente"},
                {"Special", "spécial", "spéciale"}, {"Public", "public", "publique"},
                {"Social", "social", "sociale", "sociaux"}, {"Economic", "économique", "économiques"},
                {"Humanitarian", "humanitaire"}, {"Medical", "médical", "médicale"},
                {"Scientific", "scientifique"}, {"Regional", "régional", "régionale", "régionaux"},
                {"Provisional", "provisoire"}, {"Transitional", "transitoire"}, {"Interim", "intérimaire"},
                {"Executive", "exécutif", "exécutive"}, {"Olympic", "olympique"}, {"Paralympic", "paralympique"},
                {"Labour", "travailliste", "travaillistes"},
                {"Christian", "chrétien", "chrétienne"},
                {"Autonomous", "autonome", "autonomes"}, {"Military", "militaire"},
                {"Progressive", "progressiste", "progressistes"}, {"Ecologist", "écologiste"},
                {"Nationalist", "nationaliste"}, {"Islamist", "islamiste"},
                {"Consultative", "consultatif", "consultative"}, {"Mutual", "mutuel", "mutuelle"},
                {"Metropolitan", "métropolitain", "métropolitaine"}, {"Municipal", "municipal", "municipale"},
                {"Provincial", "provincial", "provinciale"}, {"Senatorial", "sénatorial", "sénatoriale"},
                {"Superior", "supérieur", "supérieure"}};
    }

    private static Map<String, String> folded(Map<String, String> french) {
        Map<String, String> out = new HashMap<>();
        french.forEach((k, v) -> out.put(TextTokenizer.foldWord(k), v));
        return Map.copyOf(out);
    }
}
