package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for {@link RenderedOrganisations}, a country's body named bare, without its country, in English or
 * French text about one country: "the Supreme Court ruled", "la Cour suprême a invalidé", "le Sénat a adopté",
 * "le Conseil constitutionnel a validé", "la gendarmerie nationale a arrêté", "the Electoral Commission said",
 * "a annoncé la Garde nationale", "Parliament approved the bill", "the speaker of parliament", "le Parlement",
 * "the House of Representatives". News names its own country's institutions so. One table of heads (language,
 * words, generic body, {@link Kind}) drives the scan; the kind says how the article's country is chosen and what
 * may stand around a bare name. In French news naming no country the body is France's. The name is
 * "[body] of [country]" or "[adjective] National Guard", then the body's own title where it differs
 * ({@link BodyNames}: the United States Senate, Brazil's Supreme Federal Court, Turkey's Grand National
 * Assembly). A body with a qualifier or a country next to it ("Cour suprême du Canada", "Supreme Court of
 * Appeal", "European Parliament", "Parlement européen", "Senate Foreign Relations Committee", "State Senate")
 * is left to the other rules ({@link CountryBodies}), but a House of Representatives takes the country written
 * next to it ("Nigeria's House of Representatives"). Stateless.
 */
final class BareBodies {
    /** The kinds of bare body, each with how its country is chosen and how its name is written. */
    enum Kind {
        /**
         * A supreme or constitutional court, a senate, a national guard: a title (see {@code title}); the
         * country is the article's main one, else the one it names most often.
         */
        INSTITUTION(Choice.MAIN_OR_LEADING, true, Set.of(), false),
        /**
         * A parliament: capitalised, or lower case after an article or preposition ("the speaker of
         * parliament"); the country is the article's only one.
         */
        PARLIAMENT(Choice.SOLE, false, Set.of("the", "of", "le", "au", "du", "l", "in"), false),
        /**
         * A lower house: the article's only country, or the one written right before or after it ("Nigeria's
         * House of Representatives", "the House of Representatives of the Philippines").
         */
        CHAMBER(Choice.SOLE, false, Set.of(), true),
        /**
         * A national gendarmerie: capitalised, or lower case after an article or "de" ("la gendarmerie
         * nationale"); the country is the article's main one, else the one it names most often.
         */
        FORCE(Choice.MAIN_OR_LEADING, false, Set.of("la", "l", "de"), false);

        private final Choice choice;
        /**
         * Whether the body is written as a title: "Supreme Court" in English, "Cour suprême" in French (other
         * casings are other names), "the" right before it in English, and "for" after it naming another
         * ("Court for Sierra Leone"); a parliament is none of these ("when Parliament voted", "the Member of
         * Parliament for Nairobi").
         */
        private final boolean title;
        /** Words after which the head counts in lower case. */
        private final Set<String> lowerAfter;
        /** Whether a country written right before or after the head is its country. */
        private final boolean complement;

        Kind(Choice choice, boolean title, Set<String> lowerAfter, boolean complement) {
            this.choice = choice;
            this.title = title;
            this.lowerAfter = lowerAfter;
            this.complement = complement;
        }
    }

    /** Which of the article's countries a bare body belongs to. */
    enum Choice {
        /** {@link LinkedMentions#mainCountry}, else {@link LinkedMentions#leadingCountry}. */
        MAIN_OR_LEADING,
        /** {@link LinkedMentions#soleCountry}. */
        SOLE
    }

    /** One bare head: its language, its words, the generic English body it names and its kind. */
    record Head(String language, String words, String body, Kind kind) {
    }

    /** Every head, both languages. */
    static final List<Head> HEADS = List.of(
            new Head("en", "supreme court", "Supreme Court", Kind.INSTITUTION),
            new Head("en", "constitutional court", "Constitutional Court", Kind.INSTITUTION),
            new Head("en", "senate", "Senate", Kind.INSTITUTION),
            new Head("en", "national guard", "National Guard", Kind.INSTITUTION),
            // English news names its country's electoral body and central bank so too ("the Electoral Commission
            // said", "the Central Bank raised rates"); an electoral commission is reported only under its listed title
            new Head("en", "electoral commission", "Electoral Commission", Kind.INSTITUTION),
            new Head("en", "election commission", "Electoral Commission", Kind.INSTITUTION),
            new Head("en", "central bank", "Central Bank", Kind.INSTITUTION),
            new Head("en", "parliament", "Parliament", Kind.PARLIAMENT),
            new Head("en", "house of representatives", "House of Representatives", Kind.CHAMBER),
            new Head("fr", "cour suprême", "Supreme Court", Kind.INSTITUTION),
            new Head("fr", "cour constitutionnelle", "Constitutional Court", Kind.INSTITUTION),
            new Head("fr", "conseil constitutionnel", "Constitutional Council", Kind.INSTITUTION),
            new Head("fr", "sénat", "Senate", Kind.INSTITUTION),
            new Head("fr", "garde nationale", "National Guard", Kind.INSTITUTION),
            new Head("fr", "gendarmerie nationale", "National Gendarmerie", Kind.FORCE),
            new Head("fr", "parlement", "Parliament", Kind.PARLIAMENT),
            new Head("fr", "chambre des représentants", "House of Representatives", Kind.CHAMBER));
    /** Per language: the heads' words → the head's body, and the body → its head. */
    private static final Map<String, PhraseTable> PHRASES = phrases();
    private static final Map<String, Map<String, Head>> BY_BODY = byBody();

    private BareBodies() {
    }

    /** The bodies named bare in {@code tokens} of {@code text} in {@code language} (en or fr), in text order. */
    static List<RenderedOrganisations.Hit> scan(String text, List<Token> tokens, LinkedMentions linked,
            String language) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        PhraseTable phrases = PHRASES.get(language);
        if (phrases == null) {
            return out;
        }
        // the French press names foreign bodies by their country: "le Parlement" alone is France's
        boolean france = "fr".equals(language) && !linked.anyCountry();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Phrase words = PhraseTable.longestAt(phrases.startingWith(tokens.get(i).folded()), tokens, i);
            Head head = words == null ? null : BY_BODY.get(language).get(words.value());
            if (head == null || !written(tokens, i, words.words().length, head)) {
                continue;
            }
            int end = i + words.words().length;
            LinkedMentions.Match next = head.kind().complement ? BareBodyGuards.countryNextTo(text, tokens, i, end,
                    linked) : null;
            EntityTag country = next != null ? next.tag() : country(head.kind().choice, linked);
            if (next == null && ((country == null && !france)
                    || !BareBodyGuards.bare(text, tokens, i, end, linked, head.kind().title, language))) {
                continue;
            }
            end += next == null ? 0 : next.words();
            String name = name(head.body(), country);
            if (name != null) {
                out.add(new RenderedOrganisations.Hit(name, i, end));
                i = end - 1;
            }
        }
        return out;
    }

    /** The country {@code choice} picks among the article's, or null. */
    private static EntityTag country(Choice choice, LinkedMentions linked) {
        return switch (choice) {
            case MAIN_OR_LEADING -> linked.mainCountry() != null ? linked.mainCountry() : linked.leadingCountry();
            case SOLE -> linked.soleCountry();
        };
    }

    /**
     * Whether the head's {@code n} words at word {@code i} are written as its kind is: capitalised (but not
     * all capitals: a shouted headline), or lower case after one of the kind's words; a title's further words
     * capitalised in English and lower case in French.
     */
    private static boolean written(List<Token> tokens, int i, int n, Head head) {
        Token first = tokens.get(i);
        if (!first.capitalised()) {
            return i > 0 && head.kind().lowerAfter.contains(tokens.get(i - 1).folded());
        }
        if (head.kind().title) {
            boolean en = "en".equals(head.language());
            for (int k = i + 1; k < i + n; k++) {
                if (en != tokens.get(k).capitalised()) {
                    return false; // "Supreme Court" in English, "Cour suprême" in French
                }
            }
            return !first.allCaps();
        }
        return true;
    }

    /** "[body] of [country]", "[adjective] National Guard"; France's bodies when {@code country} is null. */
    private static String name(String body, EntityTag country) {
        if (body.equals("National Guard")) {
            String adjective = EnglishDemonyms.of(country == null ? "FR" : country.countryCode());
            return adjective == null ? null : adjective + " " + body;
        }
        if (country == null) {
            return body + " of France";
        }
        if ("US".equals(country.countryCode()) && body.equals("House of Representatives")) {
            return "United States House of Representatives";
        }
        return RenderedOrganisations.ofCountry(body, country);
    }

    private static Map<String, PhraseTable> phrases() {
        Map<String, StringBuilder> spec = new HashMap<>();
        for (Head h : HEADS) {
            StringBuilder b = spec.computeIfAbsent(h.language(), l -> new StringBuilder());
            b.append(b.isEmpty() ? "" : "|").append(h.words()).append('=').append(h.body());
        }
        Map<String, PhraseTable> out = new HashMap<>();
        spec.forEach((language, table) -> out.put(language, PhraseTable.parse(table.toString())));
        return Map.copyOf(out);
    }

    private static Map<String, Map<String, Head>> byBody() {
        Map<String, Map<String, Head>> out = new HashMap<>();
        for (Head h : HEADS) {
            out.computeIfAbsent(h.language(), l -> new HashMap<>()).put(h.body(), h);
        }
        Map<String, Map<String, Head>> copy = new HashMap<>();
        out.forEach((language, heads) -> copy.put(language, Map.copyOf(heads)));
        return Map.copyOf(copy);
    }
}
