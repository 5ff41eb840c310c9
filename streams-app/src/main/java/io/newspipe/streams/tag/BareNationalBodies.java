package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for {@link RenderedOrganisations}, a country's supreme or constitutional court, senate or national
 * guard named bare and capitalised in French or English text about one country: "la Cour suprême a
 * invalidé", "a annoncé la Garde nationale", "le Sénat a adopté", "the Supreme Court ruled", "the Senate
 * voted". News names its own country's institutions so; the country is the article's main one
 * ({@link LinkedMentions#mainCountry}, else the one named most often: {@link LinkedMentions#leadingCountry}; in
 * French news naming no country, France). The name is
 * "Supreme Court / Constitutional Court / Senate of [country]" or "[adjective] National Guard", then the
 * body's own title where it differs ({@link BodyNames}: the United States Senate, Brazil's Supreme Federal
 * Court, France's Constitutional Council). A body with a qualifier or a country after it ("Cour suprême du
 * Canada", "Supreme Court of Appeal", "Senate Foreign Relations Committee", "Garde nationale tunisienne") or
 * a capitalised word before it ("Haute Cour constitutionnelle", "State Senate") is left to the other rules;
 * lower case ("la cour suprême de l'État") names nothing. Stateless.
 */
final class BareNationalBodies {
    /** Capitalised head phrases per language (folded words) → the generic body. */
    private static final Map<String, PhraseTable> HEADS = Map.of(
            "fr", PhraseTable.parse("cour suprême=Supreme Court|cour constitutionnelle=Constitutional Court"
                    + "|sénat=Senate|garde nationale=National Guard"),
            "en", PhraseTable.parse("supreme court=Supreme Court|constitutional court=Constitutional Court"
                    + "|senate=Senate|national guard=National Guard"));
    /** Words that may stand right before an English body ("Pakistan's Supreme Court" is another rule's). */
    private static final Set<String> ENGLISH_BEFORE = WordSet.copyOf(Set.of("the"));
    /** Lower-case French words after the body that make it another's or a part of it. */
    private static final Set<String> FRENCH_AFTER = WordSet.copyOf(Set.of("de", "du", "des", "d", "fédérale",
            "fédéral", "américain", "américaine", "régionale", "régional", "provinciale", "islamique", "militaire",
            "spéciale", "européenne", "africaine"));
    /** Lower-case English words after the body that make it another's ("Supreme Court of Appeal"). */
    private static final Set<String> ENGLISH_AFTER = WordSet.copyOf(Set.of("of", "for"));

    private BareNationalBodies() {
    }

    /** The bodies named bare in {@code tokens} of {@code text} in {@code language} (en or fr), in text order. */
    static List<RenderedOrganisations.Hit> scan(String text, List<Token> tokens, LinkedMentions linked,
            String language) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        PhraseTable heads = HEADS.get(language);
        if (heads == null) {
            return out;
        }
        EntityTag country = linked.mainCountry() != null ? linked.mainCountry() : linked.leadingCountry();
        boolean france = country == null && "fr".equals(language) && !linked.anyCountry();
        if (country == null && !france) {
            return out;
        }
        String code = country == null ? "FR" : country.countryCode();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalised() || tokens.get(i).allCaps()) {
                continue;
            }
            PhraseTable.Phrase head = PhraseTable.longestAt(heads.startingWith(tokens.get(i).folded()), tokens, i);
            if (head == null) {
                continue;
            }
            int end = i + head.words().length;
            if (!bare(text, tokens, i, end, linked, language)) {
                continue;
            }
            String name = name(head.value(), code, country);
            if (name != null) {
                out.add(new RenderedOrganisations.Hit(name, i, end));
                i = end - 1;
            }
        }
        return out;
    }

    /** Whether the body at words [i, end) stands alone: no capitalised word before it, no qualifier after it. */
    private static boolean bare(String text, List<Token> tokens, int i, int end, LinkedMentions linked,
            String language) {
        boolean en = "en".equals(language);
        for (int k = i + 1; k < end; k++) {
            if (en != tokens.get(k).capitalised()) {
                return false; // "Supreme Court" in English, "Cour suprême" in French
            }
        }
        if (i > 0 && adjacent(text, tokens, i - 1, i)) {
            Token before = tokens.get(i - 1);
            boolean article = en ? ENGLISH_BEFORE.contains(before.folded()) : !before.capitalised();
            if (!article || (en && before.capitalised() && i > 1 && !sentenceStart(text, tokens, i - 1))) {
                return false; // "Haute Cour constitutionnelle", "State Senate", "US Supreme Court"
            }
        }
        if (end < tokens.size() && adjacent(text, tokens, end - 1, end)) {
            Token after = tokens.get(end);
            if (after.capitalised() || (en ? ENGLISH_AFTER : FRENCH_AFTER).contains(after.folded())
                    || linked.at(tokens, end, EntityKind.COUNTRY) != null) {
                return false; // "Senate Foreign Relations Committee", "Cour suprême du Canada"
            }
        }
        return true;
    }

    /** "[body] of [country]", "[adjective] National Guard"; France's bodies when {@code country} is null. */
    private static String name(String body, String code, EntityTag country) {
        if (body.equals("National Guard")) {
            String adjective = EnglishDemonyms.of(code);
            return adjective == null ? null : adjective + " " + body;
        }
        if (country == null) {
            return body + " of France";
        }
        return RenderedOrganisations.ofCountry(body, country);
    }

    /** Whether word {@code j} follows word {@code i} after white space only. */
    private static boolean adjacent(String text, List<Token> tokens, int i, int j) {
        int from = tokens.get(i).end();
        int to = tokens.get(j).start();
        return to > from && text.substring(from, to).isBlank();
    }

    /** Whether word {@code k} opens its sentence (so its capital says nothing). */
    private static boolean sentenceStart(String text, List<Token> tokens, int k) {
        if (k == 0) {
            return true;
        }
        String between = text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).strip();
        return between.endsWith(".") || between.endsWith("!") || between.endsWith("?");
    }
}
