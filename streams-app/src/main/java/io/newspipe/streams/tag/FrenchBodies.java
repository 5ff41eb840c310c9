package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds in French text the public bodies whose English name follows by rule, for
 * {@link RenderedOrganisations}: "ministère [adjective] de/du/des + portfolio [du pays]" (see
 * {@link Portfolios}), "Banque centrale de X", "Cour suprême", "Cour constitutionnelle", "Conseil
 * constitutionnel", "Assemblée nationale", "Sénat" and "Cour des comptes". The last four, with no country next to them and
 * none in the article, are France's (the French press names foreign assemblies by their country). A communist,
 * socialist, liberal or conservative party with its country as complement ("Parti communiste du Vietnam", "Parti
 * libéral du Canada") is "[Kind] Party of [Country]", the English title of most such parties ({@link BodyNames}
 * gives the others); without the complement no rule says whose party it is.
 * Stateless.
 */
final class FrenchBodies {
    /** Words between "ministère" and its portfolio ("de l'", "de la", "du", "des", "d'"). */
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d", "l", "la");
    /** Two-word bodies named "... of Country": folded head, folded adjective, English body. */
    private static final Map<String, String> BODIES = Map.of("cour suprême", "Supreme Court",
            "cour constitutionnelle", "Constitutional Court", "conseil constitutionnel", "Constitutional Council",
            "assemblée nationale", "National Assembly", "banque centrale", "Central Bank");
    /** Bodies that, with no country at all in the article, are France's. */
    private static final Set<String> FRANCE_BY_DEFAULT = Set.of("Constitutional Council", "National Assembly",
            "Senate", "Court of Auditors");
    /** Folded adjective after "Parti" and the English party, named "... of Country" when its country follows. */
    private static final Map<String, String> PARTIES = Map.of("communiste", "Communist Party", "socialiste",
            "Socialist Party", "libéral", "Liberal Party", "conservateur", "Conservative Party");
    private static final int MAX_LINKS = 3;

    private FrenchBodies() {
    }

    /** The bodies named in {@code tokens}, in text order. */
    static List<RenderedOrganisations.Hit> scan(List<Token> tokens, LinkedMentions linked) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String f = tokens.get(i).folded();
            RenderedOrganisations.Hit hit = null;
            if (f.equals("ministère")) {
                hit = ministry(tokens, i, linked);
            } else if (f.equals("cour") && tokens.get(i).capitalised() && i + 2 < tokens.size()
                    && tokens.get(i + 1).folded().equals("des") && tokens.get(i + 2).folded().equals("comptes")) {
                hit = body("Court of Auditors", tokens, i, i + 3, linked);
            } else if (f.equals("sénat") && tokens.get(i).capitalised()) {
                hit = body("Senate", tokens, i, i + 1, linked);
            } else if (f.equals("parti") && tokens.get(i).capitalised() && i + 1 < tokens.size()
                    && PARTIES.containsKey(tokens.get(i + 1).folded())) {
                hit = party(PARTIES.get(tokens.get(i + 1).folded()), tokens, i, linked);
            } else if (i + 1 < tokens.size() && (tokens.get(i).capitalised() || f.equals("banque"))) {
                String body = BODIES.get(f + " " + tokens.get(i + 1).folded());
                hit = body == null ? null : body(body, tokens, i, i + 2, linked);
            }
            if (hit != null) {
                out.add(hit);
                i = hit.end() - 1;
            }
        }
        return out;
    }

    private static RenderedOrganisations.Hit ministry(List<Token> tokens, int i, LinkedMentions linked) {
        int j = i + 1;
        LinkedMentions.Match country = j < tokens.size() ? linked.at(tokens, j, EntityKind.COUNTRY) : null;
        if (country != null) {
            j += country.words(); // "ministère algérien des Affaires étrangères"
        }
        int links = 0;
        while (j < tokens.size() && links < MAX_LINKS && LINKS.contains(tokens.get(j).folded())) {
            j++;
            links++;
        }
        PhraseTable.Phrase portfolio = links == 0 ? null : Portfolios.at("fr", tokens, j);
        if (portfolio == null) {
            return null;
        }
        int end = j + portfolio.words().length;
        if (Portfolios.continues("fr", null, tokens, end)) {
            return null;
        }
        EntityTag tag = country != null ? country.tag() : null;
        if (tag == null) {
            LinkedMentions.Match after = countryAfter(tokens, end, linked);
            if (after != null) {
                tag = after.tag();
                end += after.words();
            } else if (linked.soleCountry() != null || !linked.anyCountry()) {
                tag = linked.soleCountry();
            } else {
                return null; // several countries, none next to the name: whose ministry is not said
            }
        }
        return new RenderedOrganisations.Hit(RenderedOrganisations.ministry(portfolio.value(), tag), i, end);
    }

    /** "Parti communiste du Vietnam": the party words at i, i + 1, then its country as complement; else null. */
    private static RenderedOrganisations.Hit party(String english, List<Token> tokens, int i, LinkedMentions linked) {
        if (i + 2 >= tokens.size() || !LINKS.contains(tokens.get(i + 2).folded())) {
            return null; // "Parti socialiste chinois", "Parti socialiste" alone: whose is not said this way
        }
        LinkedMentions.Match after = countryAfter(tokens, i + 2, linked);
        String name = after == null ? null : RenderedOrganisations.ofCountry(english, after.tag());
        return name == null ? null : new RenderedOrganisations.Hit(name, i, i + 2 + after.words());
    }

    private static RenderedOrganisations.Hit body(String english, List<Token> tokens, int i, int end,
            LinkedMentions linked) {
        LinkedMentions.Match after = countryAfter(tokens, end, linked);
        EntityTag country;
        int stop = end;
        if (after != null) {
            country = after.tag();
            stop = end + after.words();
        } else if (english.equals("Central Bank")) {
            return null; // "la banque centrale" alone says which bank only by context
        } else {
            country = linked.soleCountry();
        }
        if (country == null && FRANCE_BY_DEFAULT.contains(english) && linked.soleCountry() == null
                && !linked.anyCountry()) {
            return new RenderedOrganisations.Hit(english + " of France", i, stop);
        }
        String name = RenderedOrganisations.ofCountry(english, country);
        return name == null ? null : new RenderedOrganisations.Hit(name, i, stop);
    }

    /**
     * A country right after a name, as an adjective ("algérien") or a complement ("du Mali", "de la
     * Tunisie", "d'Égypte"), with the number of words taken; null when none follows.
     */
    private static LinkedMentions.Match countryAfter(List<Token> tokens, int k, LinkedMentions linked) {
        int j = k;
        while (j < tokens.size() && j - k < 2 && LINKS.contains(tokens.get(j).folded())) {
            j++;
        }
        if (j >= tokens.size()) {
            return null;
        }
        LinkedMentions.Match m = linked.at(tokens, j, EntityKind.COUNTRY);
        return m == null ? null : new LinkedMentions.Match(m.tag(), j - k + m.words());
    }
}
