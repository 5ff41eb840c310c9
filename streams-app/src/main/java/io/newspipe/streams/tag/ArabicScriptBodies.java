package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds in Arabic and Persian text the public bodies whose English name follows by rule, for
 * {@link RenderedOrganisations}: a ministry and its portfolio, then the country's adjective or name
 * ("وزارة الداخلية المغربية", "وزارت امور خارجه ایران", see {@link Portfolios}); a central bank with its
 * country ("البنك المركزي المصري", "مصرف ليبيا المركزي", "بانک مرکزی ایران"); a supreme or constitutional
 * court with its country's adjective ("المحكمة الدستورية الكويتية"); a university named after a known
 * place ("جامعة بغداد", "دانشگاه تهران" → "University of X"; Persian "دانشگاه علوم پزشکی X" → "X University
 * of Medical Sciences"); a national assembly ({@link ArabicAssemblies}). Arabic heads may carry the
 * proclitics و ف ب ل ك. Stateless.
 */
final class ArabicScriptBodies {
    /** Proclitics allowed before an Arabic head word (conjunction, then preposition). */
    private static final Set<String> PROCLITICS = Set.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل");
    private static final Set<String> CONJUNCTIONS = Set.of("", "و", "ف");
    private static final String MINISTRY_AR = TextTokenizer.foldWord("وزارة");
    private static final String MINISTRY_FA = TextTokenizer.foldWord("وزارت");
    private static final String BANK_AR = TextTokenizer.foldWord("البنك");
    private static final String CENTRAL_AR = TextTokenizer.foldWord("المركزي");
    private static final String MASRAF_AR = TextTokenizer.foldWord("مصرف");
    private static final String BANK_FA = TextTokenizer.foldWord("بانک");
    private static final String CENTRAL_FA = TextTokenizer.foldWord("مرکزی");
    private static final String COURT_AR = TextTokenizer.foldWord("المحكمة");
    private static final String SUPREME_AR = TextTokenizer.foldWord("العليا");
    private static final String CONSTITUTIONAL_AR = TextTokenizer.foldWord("الدستورية");
    private static final String FEDERAL_AR = TextTokenizer.foldWord("الاتحادية");
    /** The countries whose highest court Arabic calls "المحكمة الاتحادية العليا". */
    private static final Set<String> FEDERAL_COURTS = Set.of("IQ", "AE");
    private static final String TREASURY_AR = TextTokenizer.foldWord("الخزانة");
    private static final String TREASURY_FA = TextTokenizer.foldWord("خزانه‌داری");
    private static final String COUNCIL_AR = TextTokenizer.foldWord("مجلس");
    private static final String UNIVERSITY_AR = TextTokenizer.foldWord("جامعة");
    private static final String UNIVERSITY_FA = TextTokenizer.foldWord("دانشگاه");
    private static final String SCIENCES_FA = TextTokenizer.foldWord("علوم");
    private static final String MEDICAL_FA = TextTokenizer.foldWord("پزشکی");
    private static final String TECHNICAL_FA = TextTokenizer.foldWord("صنعتی");

    private ArabicScriptBodies() {
    }

    /** The bodies named in {@code tokens} of a text in {@code language} (ar or fa), in text order. */
    static List<RenderedOrganisations.Hit> scan(List<Token> tokens, LinkedMentions linked, String language) {
        boolean persian = "fa".equals(language);
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String f = tokens.get(i).folded();
            RenderedOrganisations.Hit hit;
            if (persian) {
                hit = f.equals(MINISTRY_FA) ? ministry(tokens, i, linked, "fa")
                        : f.equals(BANK_FA) && next(tokens, i + 1, CENTRAL_FA) ? bank(tokens, i, i + 2, linked)
                        : f.equals(UNIVERSITY_FA) ? persianUniversity(tokens, i, linked)
                        : f.equals(TREASURY_FA) ? usTreasury(tokens, i, linked) : null;
            } else {
                hit = head(f, MINISTRY_AR) ? ministry(tokens, i, linked, "ar")
                        : head(f, BANK_AR) && next(tokens, i + 1, CENTRAL_AR) ? bank(tokens, i, i + 2, linked)
                        : head(f, MASRAF_AR) ? masraf(tokens, i, linked)
                        : head(f, COURT_AR) ? court(tokens, i, linked)
                        : head(f, COUNCIL_AR) ? ArabicAssemblies.at(tokens, i, linked)
                        : head(f, TREASURY_AR) ? usTreasury(tokens, i, linked)
                        : head(f, UNIVERSITY_AR) ? university("University of ", "", tokens, i, i + 1, linked) : null;
            }
            if (hit != null) {
                out.add(hit);
                i = hit.end() - 1;
            }
        }
        return out;
    }

    /** Whether a folded Arabic word is {@code head} behind proclitics ("ووزارة", "للبنك" for "البنك"). */
    static boolean head(String folded, String head) {
        if (folded.endsWith(head) && PROCLITICS.contains(folded.substring(0, folded.length() - head.length()))) {
            return true;
        }
        if (!head.startsWith("ال")) {
            return false;
        }
        String withLam = "لل" + head.substring(2); // ل + ال is written لل
        return folded.endsWith(withLam) && CONJUNCTIONS.contains(folded.substring(0, folded.length() - withLam.length()));
    }

    static boolean next(List<Token> tokens, int k, String folded) {
        return k < tokens.size() && tokens.get(k).folded().equals(folded);
    }

    private static RenderedOrganisations.Hit ministry(List<Token> tokens, int i, LinkedMentions linked,
            String language) {
        PhraseTable.Phrase portfolio = Portfolios.at(language, tokens, i + 1);
        if (portfolio == null) {
            return null;
        }
        int end = i + 1 + portfolio.words().length;
        if (Portfolios.continues(language, null, tokens, end)) {
            return null;
        }
        LinkedMentions.Match country = end < tokens.size() ? linked.at(tokens, end, EntityKind.COUNTRY) : null;
        if (country == null && linked.soleCountry() == null && linked.anyCountry()) {
            // several countries, none next to the name: whose ministry is not said, unless only one has it
            String own = OfficialPortfolios.ownName(null, portfolio.value());
            return own == null ? null : new RenderedOrganisations.Hit(own, i, end);
        }
        EntityTag tag = country != null ? country.tag() : linked.soleCountry();
        end += country != null ? country.words() : 0;
        // Persian news that names no country is about Iran: its ministries keep their official portfolios
        String assumed = "fa".equals(language) && !linked.anyCountry() ? "IR" : null;
        return new RenderedOrganisations.Hit(RenderedOrganisations.ministry(portfolio.value(), tag, assumed), i, end);
    }

    /** "الخزانة الأمريكية", "خزانه‌داری آمریکا": how Arabic and Persian name the US Treasury. */
    private static RenderedOrganisations.Hit usTreasury(List<Token> tokens, int i, LinkedMentions linked) {
        LinkedMentions.Match country = i + 1 < tokens.size() ? linked.at(tokens, i + 1, EntityKind.COUNTRY) : null;
        return country == null || !"US".equals(country.tag().countryCode()) ? null
                : new RenderedOrganisations.Hit(OfficialPortfolios.usDepartment("Treasury"), i, i + 1 + country.words());
    }

    /** "البنك المركزي المصري", "بانک مرکزی ایران": the country must follow. */
    private static RenderedOrganisations.Hit bank(List<Token> tokens, int i, int k, LinkedMentions linked) {
        LinkedMentions.Match country = k < tokens.size() ? linked.at(tokens, k, EntityKind.COUNTRY) : null;
        return country == null ? null : new RenderedOrganisations.Hit(
                RenderedOrganisations.ofCountry("Central Bank", country.tag()), i, k + country.words());
    }

    /** "مصرف ليبيا المركزي": the country between the head and "central". */
    private static RenderedOrganisations.Hit masraf(List<Token> tokens, int i, LinkedMentions linked) {
        LinkedMentions.Match country = i + 1 < tokens.size() ? linked.at(tokens, i + 1, EntityKind.COUNTRY) : null;
        int end = country == null ? -1 : i + 1 + country.words();
        if (country == null || !next(tokens, end, CENTRAL_AR)) {
            return null;
        }
        return new RenderedOrganisations.Hit(RenderedOrganisations.ofCountry("Central Bank", country.tag()), i,
                end + 1);
    }

    /**
     * "المحكمة العليا العراقية", "المحكمة الدستورية الكويتية": the country's adjective follows, else "في X", else the
     * court is the article's main country's.
     */
    private static RenderedOrganisations.Hit court(List<Token> tokens, int i, LinkedMentions linked) {
        if (next(tokens, i + 1, FEDERAL_AR)) {
            return federalCourt(tokens, i, linked);
        }
        if (next(tokens, i + 1, CONSTITUTIONAL_AR) && next(tokens, i + 2, SUPREME_AR)) {
            // "المحكمة الدستورية العليا": Egypt's court names itself without the country; the article's only one
            LinkedMentions.Match after = i + 3 < tokens.size() ? linked.at(tokens, i + 3, EntityKind.COUNTRY) : null;
            EntityTag country = after != null ? after.tag() : linked.soleCountry();
            return country == null ? null : new RenderedOrganisations.Hit(
                    RenderedOrganisations.ofCountry("Supreme Constitutional Court", country), i,
                    i + 3 + (after == null ? 0 : after.words()));
        }
        String body = next(tokens, i + 1, SUPREME_AR) ? "Supreme Court"
                : next(tokens, i + 1, CONSTITUTIONAL_AR) ? "Constitutional Court" : null;
        LinkedMentions.Match country = body != null && i + 2 < tokens.size()
                ? linked.at(tokens, i + 2, EntityKind.COUNTRY) : null;
        if (country != null) {
            return new RenderedOrganisations.Hit(RenderedOrganisations.ofCountry(body, country.tag()), i,
                    i + 2 + country.words());
        }
        // "المحكمة الدستورية في الجزائر", or the court of the country the article is about
        LinkedMentions.Match in = body == null ? null : NationalAgencies.inCountry(tokens, i + 2, linked);
        EntityTag implied = in != null ? in.tag() : body == null ? null : linked.mainCountry();
        return implied == null ? null
                : new RenderedOrganisations.Hit(RenderedOrganisations.ofCountry(body, implied), i, i + 2);
    }

    /**
     * "المحكمة الاتحادية (العليا)": the Federal Supreme Court of Iraq or of the Emirates, the two Arab federations
     * whose highest court goes by the name; its country's adjective follows, else "في X", else the article's
     * main country. Elsewhere ("المحكمة الاتحادية في نيويورك") it is any federal court and names nothing.
     */
    private static RenderedOrganisations.Hit federalCourt(List<Token> tokens, int i, LinkedMentions linked) {
        int end = next(tokens, i + 2, SUPREME_AR) ? i + 3 : i + 2;
        LinkedMentions.Match after = end < tokens.size() ? linked.at(tokens, end, EntityKind.COUNTRY) : null;
        LinkedMentions.Match in = after == null ? NationalAgencies.inCountry(tokens, end, linked) : null;
        EntityTag country = after != null ? after.tag() : in != null ? in.tag() : linked.mainCountry();
        if (country == null || !FEDERAL_COURTS.contains(country.countryCode())) {
            return null;
        }
        return new RenderedOrganisations.Hit(RenderedOrganisations.ofCountry("Federal Supreme Court", country), i,
                end + (after == null ? 0 : after.words()));
    }

    private static RenderedOrganisations.Hit persianUniversity(List<Token> tokens, int i, LinkedMentions linked) {
        if (next(tokens, i + 1, SCIENCES_FA) && next(tokens, i + 2, MEDICAL_FA)) {
            return university("", " University of Medical Sciences", tokens, i, i + 3, linked);
        }
        if (next(tokens, i + 1, TECHNICAL_FA)) {
            return university("", " University of Technology", tokens, i, i + 2, linked);
        }
        return university("University of ", "", tokens, i, i + 1, linked);
    }

    /** A university named after the known place at word {@code k}, which must end the name. */
    private static RenderedOrganisations.Hit university(String before, String after, List<Token> tokens, int i,
            int k, LinkedMentions linked) {
        LinkedMentions.Match place = k < tokens.size() ? linked.at(tokens, k, EntityKind.PLACE) : null;
        if (place == null) {
            return null;
        }
        String name = before.isEmpty() ? place.tag().name() + after : RenderedOrganisations.university(place.tag());
        return new RenderedOrganisations.Hit(name, i, k + place.words());
    }
}
