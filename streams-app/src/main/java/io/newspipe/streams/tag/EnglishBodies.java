package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds in English text a ministry ("Iraq's Oil Ministry", "the Ministry of Health" → "Iraqi Ministry of
 * Oil", "[adjective] Ministry of Health"), and a country's central bank, supreme or constitutional court,
 * senate or national assembly written around the country rather than as "X of Country", for
 * {@link RenderedOrganisations}:
 * "Egypt's central bank", "the Nigerian Senate" → "Central Bank of Egypt", "Senate of Nigeria"; and
 * "the Senate" (capitalised) in an article that names exactly one country, other than the United States
 * (whose bodies are conventionally "US Senate"). "Supreme Court of Pakistan" as written is left to
 * {@link NameFinder}. Stateless.
 */
final class EnglishBodies {
    /** Folded body words → English name; one or two words. */
    private static final Map<String, String> BODIES = Map.of("central bank", "Central Bank", "supreme court",
            "Supreme Court", "constitutional court", "Constitutional Court", "senate", "Senate", "national assembly",
            "National Assembly");
    /** The first words of the two-word body names: other words need no two-word key built. */
    private static final Set<String> FIRST_OF_TWO = Set.of("central", "supreme", "constitutional", "national");

    private EnglishBodies() {
    }

    /** The bodies named in {@code tokens} of {@code text}, in text order. */
    static List<RenderedOrganisations.Hit> scan(String text, List<Token> tokens, LinkedMentions linked) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            LinkedMentions.Match country = linked.at(tokens, i, EntityKind.COUNTRY);
            RenderedOrganisations.Hit hit = null;
            if (country != null) {
                hit = afterCountry(text, tokens, i, country, linked);
            } else if (tokens.get(i).folded().equals("the") && i + 1 < tokens.size()) {
                hit = soleCountryBody(tokens, i + 1, linked);
            }
            if (hit == null && country == null) {
                hit = ministry(text, tokens, i, i, null, linked);
            }
            if (hit != null) {
                out.add(hit);
                i = hit.end() - 1;
            }
        }
        return out;
    }

    /** "Egypt's central bank" (any case) or "the Nigerian Senate" (capitalised body). */
    private static RenderedOrganisations.Hit afterCountry(String text, List<Token> tokens, int i,
            LinkedMentions.Match country, LinkedMentions linked) {
        int k = i + country.words();
        boolean possessive = k < tokens.size() && tokens.get(k).folded().equals("s")
                && apostrophe(text.substring(tokens.get(k - 1).end(), tokens.get(k).start()));
        int b = possessive ? k + 1 : k;
        RenderedOrganisations.Hit ministry = ministry(text, tokens, i, b, country.tag(), linked);
        if (ministry != null) {
            return ministry;
        }
        int n = bodyWords(tokens, b);
        if (n == 0 || (!possessive && !tokens.get(b).capitalised())) {
            return null;
        }
        String name = RenderedOrganisations.ofCountry(BODIES.get(key(tokens, b, n)), country.tag());
        return new RenderedOrganisations.Hit(name, i, b + n);
    }

    /**
     * A ministry from word {@code b}, "Foreign Ministry" or "Ministry of Foreign Affairs" (capitalised), named
     * "[adjective of the country] Ministry of ..." ({@link RenderedOrganisations#ministry}); the country is the
     * one written before it ({@code country}), else written after it ("Ministry of Health of Ghana"), else
     * the article's only country; with several countries and none written, whose ministry is not said.
     */
    private static RenderedOrganisations.Hit ministry(String text, List<Token> tokens, int i, int b, EntityTag country,
            LinkedMentions linked) {
        if (b >= tokens.size() || !tokens.get(b).capitalised()) {
            return null; // both forms open with a capital: most words are read once, not twice
        }
        PhraseTable.Phrase portfolio = null;
        int end = -1;
        if (tokens.get(b).folded().equals("ministry") && b + 2 < tokens.size()
                && tokens.get(b + 1).folded().equals("of") && tokens.get(b + 2).capitalised()) {
            portfolio = Portfolios.at("en", tokens, b + 2);
            end = portfolio == null ? -1 : b + 2 + portfolio.words().length;
            if (portfolio != null && Portfolios.continues("en", text, tokens, end)) {
                return null;
            }
        } else {
            portfolio = Portfolios.at("en-before", tokens, b);
            end = portfolio == null ? -1 : b + portfolio.words().length;
            if (portfolio != null && !capitalised(tokens, end, "ministry")) {
                return null;
            }
            end++;
        }
        if (portfolio == null) {
            return null;
        }
        EntityTag whose = country;
        if (whose == null && end + 1 < tokens.size() && tokens.get(end).folded().equals("of")) {
            LinkedMentions.Match after = linked.at(tokens, end + 1, EntityKind.COUNTRY);
            if (after != null) {
                whose = after.tag();
                end += 1 + after.words();
            }
        }
        if (whose == null && linked.soleCountry() == null && linked.anyCountry()) {
            return null;
        }
        whose = whose == null ? linked.soleCountry() : whose;
        return new RenderedOrganisations.Hit(RenderedOrganisations.ministry(portfolio.value(), whose), i, end);
    }

    private static boolean capitalised(List<Token> tokens, int k, String folded) {
        return k < tokens.size() && tokens.get(k).capitalised() && tokens.get(k).folded().equals(folded);
    }

    /** "the Senate" in an article about one country; not when "of ..." follows (the name says whose). */
    private static RenderedOrganisations.Hit soleCountryBody(List<Token> tokens, int b, LinkedMentions linked) {
        // the cheap tests first: this runs at every "the"
        EntityTag country = linked.soleCountry();
        if (country == null || "US".equals(country.countryCode()) || !tokens.get(b).capitalised()) {
            return null;
        }
        int n = bodyWords(tokens, b);
        if (n == 0 || (b + n < tokens.size() && tokens.get(b + n).folded().equals("of"))
                || BODIES.get(key(tokens, b, n)).equals("Central Bank")) {
            return null;
        }
        return new RenderedOrganisations.Hit(RenderedOrganisations.ofCountry(BODIES.get(key(tokens, b, n)), country),
                b, b + n);
    }

    /** How many words (1 or 2) of a body name start at {@code b}, or 0. */
    private static int bodyWords(List<Token> tokens, int b) {
        if (b + 1 < tokens.size() && FIRST_OF_TWO.contains(tokens.get(b).folded())
                && BODIES.containsKey(key(tokens, b, 2))) {
            return 2;
        }
        return b < tokens.size() && BODIES.containsKey(tokens.get(b).folded()) ? 1 : 0;
    }

    private static String key(List<Token> tokens, int b, int n) {
        return n == 1 ? tokens.get(b).folded() : tokens.get(b).folded() + " " + tokens.get(b + 1).folded();
    }

    private static boolean apostrophe(String between) {
        return between.equals("'") || between.equals("\u2019");
    }
}
