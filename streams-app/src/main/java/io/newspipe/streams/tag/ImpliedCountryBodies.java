package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TextTokenizer.foldedWords;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for {@link RenderedOrganisations}, the bodies Arabic and Persian news names without their country,
 * which is then the article's own ({@link LinkedMentions#mainCountry}; Persian news naming no country is about
 * Iran): Iran's central bank ("بانک مرکزی"; an Arabic "البنك المركزي" without its country stays unnamed, as several
 * central banks are often in one article), the national Red Crescent society ("جمعیت هلال احمر",
 * "جمعية الهلال الأحمر": a society is a country's, the bare "هلال احمر" the movement), Iran's parliament as
 * Persian calls it ("نمایندگان مجلس", "رئیس مجلس" → Islamic Consultative Assembly), a bare Arabic "البرلمان"
 * (the country's parliament under its own title, see {@link BodyNames}, unless an adjective follows), and a
 * constitutional council, court of cassation or audit court (Cour des comptes: "ديوان المحاسبة", "المجلس الأعلى للحسابات")
 * of the countries that have one under that name ("المجلس الدستوري" in Lebanon); an audit court also takes
 * the country written after it. A head followed by a country is left to the rules that read it ({@link ArabicScriptBodies},
 * {@link CountryBodies}). Immutable and thread-safe.
 */
final class ImpliedCountryBodies {
    private static final PhraseTable HEADS_AR = PhraseTable.parse("جمعية الهلال الأحمر=Red Crescent"
            + "|المجلس الدستوري=Constitutional Council"
            + "|محكمة النقض=Court of Cassation"
            + "|ديوان المحاسبة=Court of Auditors|محكمة المحاسبات=Court of Auditors|محكمة الحسابات=Court of Auditors"
            + "|مجلس المحاسبة=Court of Auditors|المجلس الأعلى للحسابات=Court of Auditors|البرلمان=Parliament");
    private static final String AUDIT_COURT = "Court of Auditors";
    private static final PhraseTable HEADS_FA = PhraseTable.parse("بانک مرکزی=Central Bank"
            + "|جمعیت هلال احمر=Red Crescent|مجلس=Majlis");
    /** The countries whose body goes by the name ("Constitutional Council of Lebanon"). */
    private static final Map<String, Set<String>> NAMED_IN = Map.of(
            "Constitutional Council", Set.of("LB", "FR", "SN", "CI", "BF", "CM", "TD"),
            "Court of Cassation", Set.of("EG", "MA", "FR"),
            // the audit courts of the French model (Cour des comptes); Arab states of other models name theirs
            // otherwise in English (Kuwait's State Audit Bureau, Egypt's Central Auditing Organization)
            "Court of Auditors", Set.of("TN", "MA", "DZ", "LB", "MR", "SN", "FR"));
    /** Words that, one or two words before a bare "مجلس", make it the parliament: its members, speaker, floor. */
    private static final Set<String> MAJLIS_CUES = foldedWords("نماینده نمایندگان رئیس نایب‌رئیس نایب صحن مصوبه"
            + " مصوبات کمیسیون فراکسیون هیئت‌رئیسه انتخابات جلسه علنی لایحه طرح اکثریت اقلیت");
    /** Words after "مجلس" that make it another assembly or gathering ("مجلس خبرگان", "مجلس ترحیم"). */
    private static final Set<String> MAJLIS_OTHER = foldedWords("خبرگان سنا نمایندگان اعیان عوام شورای شورا ترحیم"
            + " عزا ختم یادبود بزرگداشت جشن ملی اعلا اعلای عالی امنیت وزیران قانونگذاری قانون‌گذاری محلی");

    private ImpliedCountryBodies() {
    }

    /** The bodies named in {@code tokens} of a text in {@code language} (ar or fa), in text order. */
    static List<RenderedOrganisations.Hit> scan(List<Token> tokens, LinkedMentions linked, String language) {
        PhraseTable heads = "ar".equals(language) ? HEADS_AR : "fa".equals(language) ? HEADS_FA : null;
        return CountryBodies.scanHeads(tokens, heads, language,
                (candidates, words, i) -> body(candidates, words, i, linked, language));
    }

    /**
     * The body whose head, among {@code candidates}, starts at word {@code i} with no country after it, or null;
     * an audit court also takes the country written after it ("ديوان المحاسبة اللبناني", "في الجزائر").
     */
    private static RenderedOrganisations.Hit body(List<PhraseTable.Phrase> candidates, List<Token> tokens, int i,
            LinkedMentions linked, String language) {
        PhraseTable.Phrase head = PhraseTable.longestAt(candidates, tokens, i);
        int end = head == null ? i : i + head.words().length;
        if (head != null && head.value().equals(AUDIT_COURT)) {
            RenderedOrganisations.Hit named = auditCourt(tokens, i, end, linked);
            if (named != null) {
                return named;
            }
        }
        if (head == null || (end < tokens.size() && linked.at(tokens, end, EntityKind.COUNTRY) != null)) {
            return null;
        }
        String code = country(linked, language);
        if (code == null && "fa".equals(language) && head.value().equals("Red Crescent")) {
            code = "IR"; // Persian news writes its own society bare, whatever countries it names
        }
        String name = code == null ? null : name(head.value(), code, linked, tokens, i);
        return name == null ? null : new RenderedOrganisations.Hit(name, i, end);
    }

    /**
     * An audit court at words [i, end) with its country written right after it, as an adjective or after في, when
     * that country's court goes by the name; else null.
     */
    private static RenderedOrganisations.Hit auditCourt(List<Token> tokens, int i, int end, LinkedMentions linked) {
        LinkedMentions.Match next = end < tokens.size() ? linked.at(tokens, end, EntityKind.COUNTRY) : null;
        int taken = next != null ? next.words() : 0;
        if (next == null) {
            next = NationalAgencies.inCountry(tokens, end, linked);
            taken = next != null ? next.words() + 1 : 0;
        }
        return next == null || !NAMED_IN.get(AUDIT_COURT).contains(next.tag().countryCode()) ? null
                : new RenderedOrganisations.Hit(RenderedOrganisations.ofCountry(AUDIT_COURT, next.tag()), i,
                        end + taken);
    }

    /** The ISO code of the country the article is about, or null when it is not clear. */
    private static String country(LinkedMentions linked, String language) {
        EntityTag main = linked.mainCountry();
        if (main != null) {
            return main.countryCode();
        }
        return "fa".equals(language) && !linked.anyCountry() ? "IR" : null;
    }

    private static String name(String body, String code, LinkedMentions linked, List<Token> tokens, int i) {
        EntityTag main = linked.mainCountry();
        switch (body) {
            case "Majlis":
                return "IR".equals(code) && majlis(tokens, i) ? "Islamic Consultative Assembly" : null;
            case "Red Crescent":
                String adjective = EnglishDemonyms.of(code);
                return adjective == null ? null : adjective + " Red Crescent";
            case "Parliament":
                // "البرلمان الأوروبي", "البرلمان العربي": an adjective after it makes it another assembly
                return qualified(tokens, i + 1) ? null : RenderedOrganisations.ofCountry(body, main);
            case "Central Bank":
                return main == null ? "Central Bank of Iran" : RenderedOrganisations.ofCountry(body, main);
            default:
                return main != null && NAMED_IN.get(body).contains(code)
                        ? RenderedOrganisations.ofCountry(body, main) : null;
        }
    }

    /** Whether the word at {@code k} is a relative adjective with the article ("الأوروبي", "الإقليمية"). */
    private static boolean qualified(List<Token> tokens, int k) {
        String f = k < tokens.size() ? tokens.get(k).folded() : "";
        return f.startsWith("ال") && (f.endsWith("ي") || f.endsWith("يه"));
    }

    /** Whether the bare "مجلس" at word {@code i} is the parliament: a cue before it, no other assembly after. */
    private static boolean majlis(List<Token> tokens, int i) {
        boolean cued = (i > 0 && MAJLIS_CUES.contains(tokens.get(i - 1).folded()))
                || (i > 1 && MAJLIS_CUES.contains(tokens.get(i - 2).folded()));
        return cued && (i + 1 >= tokens.size() || !MAJLIS_OTHER.contains(tokens.get(i + 1).folded()));
    }
}
