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
        if (!("en".equals(language) || "fr".equals(language)) || !linked.anyCountry() && !"fr".equals(language)) {
            return out;
        }
        EntityTag sole = linked.soleCountry();
        // the French press names foreign legislatures by their country: "le Parlement" alone is France's
        boolean france = "fr".equals(language) && !linked.anyCountry();
        for (int i = 0; i < tokens.size(); i++) {
            int end = end(tokens, i, language);
            if (end < 0) {
                continue;
            }
            String body = end - i == 1 ? "Parliament" : "House of Representatives";
            EntityTag before = body.equals("Parliament") ? null : countryBefore(text, tokens, i, linked);
            LinkedMentions.Match after = before != null || body.equals("Parliament") ? null
                    : countryAfter(tokens, end, linked);
            if (after != null) {
                before = after.tag(); // "the House of Representatives of the Philippines"
                end += after.words();
            }
            if (before == null && ((sole == null && !france) || qualified(text, tokens, i, end, linked, language))) {
                continue;
            }
            String name = name(body, before != null ? before : sole);
            if (name != null) {
                out.add(new RenderedOrganisations.Hit(name, i, end));
                i = end - 1;
            }
        }
        return out;
    }

    /** "[body] of [country]"; France's when {@code country} is null; the United States' House by its own name. */
    private static String name(String body, EntityTag country) {
        if (country == null) {
            return body + " of France";
        }
        if ("US".equals(country.countryCode())) {
            return body.equals("Parliament") ? null : "United States House of Representatives";
        }
        return RenderedOrganisations.ofCountry(body, country);
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
        // the folded word first: most words are not "house", and their casing needs the written word read
        if (!f.equals(en ? "house" : "chambre") || !t.capitalised() || i + 2 >= tokens.size()) {
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

    /**
     * The country written right before a House of Representatives ("the Philippines' House of Representatives",
     * "Nigeria's House of Representatives"), or null; CountryBodies reads a parliament so named.
     */
    private static EntityTag countryBefore(String text, List<Token> tokens, int i, LinkedMentions linked) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).folded().equals("s")) {
            k--;
        }
        for (int start = Math.max(0, k - 3); start <= k; start++) {
            LinkedMentions.Match m = linked.at(tokens, start, EntityKind.COUNTRY);
            if (m != null && start + m.words() - 1 == k && text.substring(tokens.get(k).end(), tokens.get(i).start())
                    .length() <= 3) {
                return m.tag();
            }
        }
        return null;
    }

    /** A country complement right after a House of Representatives ("of Nigeria", "of the Philippines"), or null. */
    private static LinkedMentions.Match countryAfter(List<Token> tokens, int end, LinkedMentions linked) {
        if (end >= tokens.size() || !tokens.get(end).folded().equals("of")) {
            return null;
        }
        int k = end + 1;
        if (k < tokens.size() && tokens.get(k).folded().equals("the")) {
            k++;
        }
        LinkedMentions.Match m = k < tokens.size() ? linked.at(tokens, k, EntityKind.COUNTRY) : null;
        return m == null ? null : new LinkedMentions.Match(m.tag(), k - end + m.words());
    }
}
