package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds, for {@link RenderedOrganisations}, a national legislature named bare in English or French text about
 * one country: "Parliament approved the bill", "the speaker of parliament", "the House of Representatives",
 * "le Parlement", "la Chambre des représentants". The country is the article's only one
 * ({@link LinkedMentions#soleCountry}; in French news naming no country, France); the name is "Parliament / House of Representatives of [country]",
 * then the body's own title where it differs ({@link BodyNames}: Turkey's is the Grand National Assembly).
 * A legislature with a country next to it is left to {@link CountryBodies}; one with another qualifier
 * ("European Parliament", "regional parliament", "Parlement européen", "Parliament Square") names no
 * country's. Stateless.
 */
final class BareLegislatures {
    /** Words right before a bare lower-case "parliament" that make it the national one. */
    private static final Set<String> BEFORE = Set.of("the", "of", "le", "au", "du", "l", "in");
    /** Lower-case words after "Parlement" that make it another than a country's. */
    private static final Set<String> FRENCH_QUALIFIERS = WordSet.copyOf(Set.of("européen", "régional", "fédéral",
            "panafricain", "wallon", "flamand", "bruxellois", "jurassien", "écossais", "catalan", "basque", "kurde",
            "provincial", "local", "communautaire", "africain", "arabe", "andin", "latino"));

    private BareLegislatures() {
    }

    /** The legislatures named bare in {@code tokens} of a text in {@code language} (en or fr), in text order. */
    static List<RenderedOrganisations.Hit> scan(String text, List<Token> tokens, LinkedMentions linked,
            String language) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        EntityTag country = linked.soleCountry();
        // the French press names foreign legislatures by their country: "le Parlement" alone is France's
        boolean france = country == null && "fr".equals(language) && !linked.anyCountry();
        if ((country == null && !france) || !("en".equals(language) || "fr".equals(language))) {
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int end = end(tokens, i, language);
            if (end < 0 || qualified(text, tokens, i, end, linked, language)) {
                continue;
            }
            String body = end - i == 1 ? "Parliament" : "House of Representatives";
            String name = france ? body + " of France" : "US".equals(country.countryCode())
                    ? (body.equals("Parliament") ? null : "United States House of Representatives")
                    : RenderedOrganisations.ofCountry(body, country);
            if (name != null) {
                out.add(new RenderedOrganisations.Hit(name, i, end));
                i = end - 1;
            }
        }
        return out;
    }

    /** The end of a legislature's name starting at word {@code i}, or -1. */
    private static int end(List<Token> tokens, int i, String language) {
        Token t = tokens.get(i);
        String f = t.folded();
        boolean en = "en".equals(language);
        if (f.equals(en ? "parliament" : "parlement")) {
            boolean bareLower = !t.capitalised() && i > 0 && BEFORE.contains(tokens.get(i - 1).folded());
            return t.capitalised() || bareLower ? i + 1 : -1;
        }
        if (!t.capitalised() || i + 2 >= tokens.size()) {
            return -1;
        }
        String second = tokens.get(i + 1).folded();
        String third = tokens.get(i + 2).folded();
        boolean house = en ? f.equals("house") && second.equals("of") && third.equals("representatives")
                : f.equals("chambre") && second.equals("des") && third.equals(TextTokenizer.foldWord("représentants"));
        return house ? i + 3 : -1;
    }

    /** Whether another word says which legislature: a capitalised word or country before, a qualifier after. */
    private static boolean qualified(String text, List<Token> tokens, int i, int end, LinkedMentions linked,
            String language) {
        if (i > 0 && !tokens.get(i).sentenceStart() && spaced(text, tokens, i)) {
            Token before = tokens.get(i - 1);
            boolean article = before.folded().equals("the") || before.folded().equals("la") || before.folded().equals("le");
            if ((before.capitalised() && !article)
                    || linked.at(tokens, i - 1, EntityKind.COUNTRY) != null || before.folded().equals("s")) {
                return true; // "European Parliament", "Kenya's Parliament" (the latter is CountryBodies')
            }
        }
        if (end >= tokens.size() || !spaced(text, tokens, end)) {
            return false; // "adoptée par le Parlement. Les ...": the next sentence qualifies nothing
        }
        Token after = tokens.get(end);
        if (after.capitalised() || after.folded().equals("of") || linked.at(tokens, end, EntityKind.COUNTRY) != null) {
            return true; // "Parliament Square", "Parliament of Kenya", "Parlement marocain"
        }
        if ("fr".equals(language)) {
            String f = after.folded();
            return FRENCH_QUALIFIERS.contains(f) || f.equals("de") || f.equals("du") || f.equals("des");
        }
        return false;
    }

    /** Whether only white space lies between word {@code j - 1} and word {@code j}. */
    private static boolean spaced(String text, List<Token> tokens, int j) {
        return text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank();
    }
}
