package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds, for {@link RenderedOrganisations}, a country's air force, navy, national and coast guard, parliament and national Red Crescent or
 * Red Cross society, named by a head phrase and the country written right next to it: after it in Arabic,
 * Persian and French ("القوات الجوية الهندية", "نیروی دریایی آمریکا", "armée de l'air indienne", "الهلال الأحمر
 * الليبي", "parlement marocain"), before it in English ("Indian Air Force", "Morocco's parliament", "the
 * Libyan Red Crescent"). The name is "[adjective] Air Force / Navy / National Guard / Coast Guard / Red
 * Crescent / Red Cross" or "Parliament / Electoral Commission of [country]", then the body's own name where it differs
 * ({@link BodyNames}: "Pakistani Air Force" is the Pakistan Air Force). A head without a country next to it
 * names nothing. A country's army is not named by rule: news writes "the Malian army" as a description, and
 * labelled text does not count it as an organisation. Immutable and thread-safe.
 */
final class CountryBodies {
    /** A country's electoral body in Arabic: its commission, authority or board for the elections. */
    private static final String ELECTORAL_AR = "لجنة الانتخابات=Electoral Commission|مفوضية الانتخابات=Electoral Commission"
            + "|اللجنة الانتخابية=Electoral Commission|المفوضية الانتخابية=Electoral Commission"
            + "|هيئة الانتخابات=Electoral Commission";
    /** Head phrases per language → the generic body; Arabic heads may carry proclitics on their first word. */
    private static final Map<String, PhraseTable> HEADS = Map.of(
            "ar", PhraseTable.parse("القوات الجوية=Air Force|سلاح الجو=Air Force|القوات البحرية=Navy|البحرية=Navy"
                    + "|سلاح البحرية=Navy|الحرس الوطني=National Guard"
                    + "|خفر السواحل=Coast Guard|البرلمان=Parliament|الهلال الأحمر=Red Crescent"
                    + "|جمعية الهلال الأحمر=Red Crescent|الصليب الأحمر=Red Cross" + "|" + ELECTORAL_AR),
            "fa", PhraseTable.parse("نیروی هوایی=Air Force|نیروی دریایی=Navy|گارد ملی=National Guard"
                    + "|گارد ساحلی=Coast Guard|پارلمان=Parliament|مجلس=Parliament|هلال احمر=Red Crescent"
                    + "|جمعیت هلال احمر=Red Crescent|صلیب سرخ=Red Cross|کمیسیون انتخابات=Electoral Commission"),
            "fr", PhraseTable.parse("armée de l air=Air Force|armée de l air et de l espace=Air Force|marine=Navy"
                    + "|garde nationale=National Guard|garde côtière=Coast Guard|garde côte=Coast Guard"
                    + "|parlement=Parliament|croissant rouge=Red Crescent|croix rouge=Red Cross"
                    + "|commission électorale=Electoral Commission"
                    + "|commission électorale nationale indépendante=Electoral Commission"),
            "en", PhraseTable.parse("air force=Air Force|navy=Navy|national guard=National Guard"
                    + "|coast guard=Coast Guard|parliament=Parliament|red crescent=Red Crescent"
                    + "|red crescent society=Red Crescent|red cross=Red Cross|electoral commission=Electoral Commission"
                    + "|election commission=Electoral Commission|elections commission=Electoral Commission"));
    private static final String PROCLITIC_LETTERS = "وفبلك";
    private static final String NAVY_AR = TextTokenizer.foldWord("البحرية");

    private CountryBodies() {
    }

    /** The bodies named in {@code tokens} of {@code text} in {@code language}, in text order. */
    static List<RenderedOrganisations.Hit> scan(String text, List<Token> tokens, LinkedMentions linked,
            String language) {
        PhraseTable heads = HEADS.get(language);
        if (!"en".equals(language)) {
            return scanHeads(tokens, heads, language, (candidates, words, i) -> headFirst(candidates, words, i, linked,
                    language));
        }
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            RenderedOrganisations.Hit hit = english(text, tokens, i, linked, heads);
            if (hit != null) {
                out.add(hit);
                i = hit.end() - 1;
            }
        }
        return out;
    }

    /** Reads a body at a word that opens a head phrase. */
    @FunctionalInterface
    interface BodyReader {
        /**
         * The body whose head, among {@code candidates} (the phrases opened by word i, longest first), starts at
         * word {@code i} of {@code tokens}, or null.
         */
        RenderedOrganisations.Hit read(List<PhraseTable.Phrase> candidates, List<Token> tokens, int i);
    }

    /**
     * The bodies {@code reader} reads at the words that open a phrase of {@code heads} (none when null), in text
     * order; the words of a body are not read again. In Arabic a head may stand behind one or two proclitics.
     */
    static List<RenderedOrganisations.Hit> scanHeads(List<Token> tokens, PhraseTable heads, String language,
            BodyReader reader) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        if (heads == null) {
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            List<PhraseTable.Phrase> candidates = headsAt(tokens, i, heads, language);
            RenderedOrganisations.Hit hit = candidates == null ? null : reader.read(candidates, tokens, i);
            if (hit != null) {
                out.add(hit);
                i = hit.end() - 1;
            }
        }
        return out;
    }

    /** The phrases of {@code heads} that word i opens (in Arabic also behind proclitics), longest first, or null. */
    private static List<PhraseTable.Phrase> headsAt(List<Token> tokens, int i, PhraseTable heads, String language) {
        String first = tokens.get(i).folded();
        List<PhraseTable.Phrase> candidates = heads.startingWith(first);
        if (candidates == null && "ar".equals(language)) {
            candidates = arabicHead(first, heads);
        }
        return candidates;
    }

    /** "القوات الجوية الهندية", "armée de l'air indienne", "parlement du Maroc": the country after the head. */
    private static RenderedOrganisations.Hit headFirst(List<PhraseTable.Phrase> candidates, List<Token> tokens, int i,
            LinkedMentions linked, String language) {
        PhraseTable.Phrase head = PhraseTable.longestAt(candidates, tokens, i);
        if (head == null || (head.words().length == 1 && head.words()[0].equals(NAVY_AR) && i > 0
                && tokens.get(i - 1).folded().startsWith("ال"))) {
            return null; // "الحدود البحرية المصرية": after a definite noun, البحرية is "maritime", not the navy
        }
        int k = i + head.words().length;
        int links = 0;
        while ("fr".equals(language) && k + links < tokens.size() && links < 2
                && Portfolios.FRENCH_LINKS.contains(tokens.get(k + links).folded())) {
            links++;
        }
        LinkedMentions.Match country = k + links < tokens.size()
                ? linked.at(tokens, k + links, EntityKind.COUNTRY) : null;
        if (country == null) {
            return null;
        }
        return hit(head.value(), country.tag(), i, k + links + country.words());
    }

    /** "Indian Air Force", "Morocco's parliament", "the Libyan Red Crescent": the country before the head. */
    private static RenderedOrganisations.Hit english(String text, List<Token> tokens, int i, LinkedMentions linked,
            PhraseTable heads) {
        LinkedMentions.Match country = linked.at(tokens, i, EntityKind.COUNTRY);
        if (country == null) {
            return null;
        }
        int k = i + country.words();
        boolean possessive = k + 1 < tokens.size() && tokens.get(k).folded().equals("s")
                && "'\u2019".indexOf(text.charAt(tokens.get(k - 1).end())) >= 0;
        int b = possessive ? k + 1 : k;
        PhraseTable.Phrase head = head(tokens, b, heads, "en");
        if (head == null) {
            return null;
        }
        // "Indian navy officers" is a description; "the Indian Navy", "Iraq's parliament", "Iraqi parliament" name one
        boolean named = possessive || tokens.get(b).capitalised() || head.value().equals("Parliament");
        return named ? hit(head.value(), country.tag(), i, b + head.words().length) : null;
    }

    private static RenderedOrganisations.Hit hit(String body, EntityTag country, int start, int end) {
        String name;
        if (body.equals("Parliament") || body.equals("Electoral Commission")) {
            // "Electoral Commission of Ghana"; a country's electoral body is reported only under the title
            // body-names.tsv gives it, the titles varying too much to guess (BodyNames.of)
            name = RenderedOrganisations.ofCountry(body, country);
        } else {
            String adjective = EnglishDemonyms.of(country.countryCode());
            name = adjective == null ? null : adjective + " " + body;
        }
        return name == null ? null : new RenderedOrganisations.Hit(name, start, end);
    }

    /** The longest head phrase at word {@code i}, or null. */
    private static PhraseTable.Phrase head(List<Token> tokens, int i, PhraseTable heads, String language) {
        return i >= tokens.size() ? null : PhraseTable.longestAt(headsAt(tokens, i, heads, language), tokens, i);
    }

    /** The heads of an Arabic word behind one or two proclitics ("والبحرية", "للجيش" for "الجيش"). */
    static List<PhraseTable.Phrase> arabicHead(String folded, PhraseTable heads) {
        for (int cut = 1; cut <= 2 && cut < folded.length() - 1; cut++) {
            if (PROCLITIC_LETTERS.indexOf(folded.charAt(cut - 1)) < 0) {
                return null;
            }
            // the word behind the proclitic is cut only when the heads' filter passes it: no string per word
            String alef = folded.startsWith("ل", cut) && !folded.startsWith("ال", cut) ? "ا" : "";
            List<PhraseTable.Phrase> found = heads.startingWith(alef, folded, cut);
            if (found != null && ArabicScriptBodies.head(folded, found.get(0).words()[0])) {
                return found;
            }
        }
        return null;
    }
}
