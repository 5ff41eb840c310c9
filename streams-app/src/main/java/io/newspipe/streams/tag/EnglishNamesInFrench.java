package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds in French text, for {@link RenderedOrganisations}, organisations written under their English name:
 * a run of capitalised words ending with an English head noun ("Rwanda Biomedical Centre", "Kenya Medical
 * Research Institute"). French puts its head noun first ("Centre hospitalier universitaire"), so a head
 * written last after capitalised words is English word order, and the name as written is the English one.
 * Leading French function words ("Selon", "La") are no part of the name; a head with a single generic word
 * before it ("National Bank") names no particular body. Stateless.
 */
final class EnglishNamesInFrench {
    /** English head nouns, folded (some French too: written last, they are still English order). */
    private static final Set<String> HEADS = WordSet.copyOf(Set.of("university", "institute", "foundation",
            "council", "agency", "authority", "corporation", "company", "group", "bank", "party", "committee",
            "movement", "society", "fund", "league", "board", "department", "airlines", "airways", "centre",
            "center", "federation", "association", "union", "commission", "alliance", "coalition", "forces",
            "network", "survey", "trust", "institution", "organization", "organisation", "bureau"));
    /** Capitalised French words that open a run without being part of the name, folded. */
    private static final Set<String> FUNCTION_WORDS = WordSet.copyOf(Set.of("le", "la", "les", "l", "selon", "pour",
            "dans", "avec", "après", "mais", "et", "un", "une", "des", "du", "de", "d", "en", "au", "aux", "par", "sur",
            "chez", "contre", "depuis", "cette", "ce", "ces", "son", "sa", "ses", "leur", "à", "a", "pendant", "lors",
            "car", "ainsi", "or", "donc", "quant", "côté"));
    /** French adjectives written before a noun: a run they open is a French name ("Haute Autorité"). */
    private static final Set<String> FRENCH_BEFORE = WordSet.copyOf(Set.of("grand", "grande", "haut", "haute",
            "nouveau", "nouvelle", "petit", "petite", "premier", "première", "jeune", "saint", "sainte", "vieux",
            "bon", "beau", "belle", "sacré", "sacrée"));

    private EnglishNamesInFrench() {
    }

    /** The English-named organisations in {@code tokens} of one French text, in text order, named as written. */
    static List<RenderedOrganisations.Hit> scan(TokenizedText part) {
        List<Token> tokens = part.tokens();
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        if (NameShape.titleCase(tokens)) {
            return out; // a headline in Title Case says nothing by its capitals
        }
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && name(tokens.get(end)) && (end == i || spaced(part.text(), tokens, end))) {
                end++;
            }
            if (end > i) {
                RenderedOrganisations.Hit hit = hit(part, i, end);
                if (hit != null) {
                    out.add(hit);
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The organisation in the capitalised run [s, e), or null. */
    private static RenderedOrganisations.Hit hit(TokenizedText part, int s, int e) {
        List<Token> tokens = part.tokens();
        int from = s;
        while (from < e && FUNCTION_WORDS.contains(tokens.get(from).folded())) {
            from++;
        }
        int head = e - 1;
        if (head - from < 1 || !HEADS.contains(tokens.get(head).folded())
                || FRENCH_BEFORE.contains(tokens.get(from).folded())) {
            return null;
        }
        if (head - from == 1 && (NameLexicon.GENERIC.contains(tokens.get(from).folded())
                || tokens.get(from).allCaps())) {
            return null; // "National Bank", "ONU Commission": which body is not said
        }
        for (int k = from; k < head; k++) {
            String f = tokens.get(k).folded();
            if (NameLexicon.BLOCKED_IN_ORGS.contains(f) || NameLexicon.ROLE_CUES.contains(f)) {
                return null;
            }
        }
        return new RenderedOrganisations.Hit(NameRecognizer.written(part, from, e), from, e);
    }

    private static boolean name(Token t) {
        return !t.arabicScript() && t.capitalisedLetter();
    }

    /** Whether word {@code j} follows word {@code j - 1} after one space or a hyphen. */
    private static boolean spaced(String text, List<Token> tokens, int j) {
        int from = tokens.get(j - 1).end();
        int to = tokens.get(j).start();
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00a0' || c == '-';
    }
}
