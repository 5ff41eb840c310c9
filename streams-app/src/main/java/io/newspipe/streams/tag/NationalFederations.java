package io.newspipe.streams.tag;

import java.util.List;
import java.util.Map;

/**
 * Finds, for {@link RenderedOrganisations}, four national bodies Arabic and Persian news names by a fixed head and
 * the country right after it: a national football federation ("الاتحاد المصري لكرة القدم", "اتحاد الكرة
 * الأردني", "الجامعة الملكية المغربية لكرة القدم", "فدراسیون فوتبال عربستان"), a national olympic committee
 * ("اللجنة الأولمبية الأردنية", "کمیته ملی المپیک ترکیه"), a country's news agency ("وكالة الأنباء الفرنسية" is
 * how Arabic names AFP, "خبرگزاری رسمی عراق"), its chamber of commerce ("غرفة تجارة وصناعة الكويت") and its
 * electoral body under the longer heads {@link CountryBodies} does not read ("لجنة الانتخابات المركزية في جورجيا",
 * "کمیسیون عالی انتخابات عراق"; Arabic may put the country after "في"). The
 * country is a linked adjective or name; the football heads that are ordinary words ("الاتحاد", "الجامعة") also
 * need "لكرة القدم" after it. The head renders "[kind] of [country]", which names a body only through the title
 * {@code body-names.tsv} gives that country's one ({@link BodyNames}): "National Football Federation of Egypt" is
 * reported as "Egyptian Football Association", and a country without a listed title gets nothing. Arabic heads
 * may carry proclitics. Immutable and thread-safe.
 */
final class NationalFederations {
    static final String FOOTBALL = "National Football Federation";
    static final String OLYMPIC = "National Olympic Committee";
    static final String AGENCY = "State News Agency";
    static final String CHAMBER = "National Chamber of Commerce";
    /** The generic kinds, as rendered before " of [country]"; each is listed-only in {@link BodyNames}. */
    static final List<String> KINDS = List.of(FOOTBALL, OLYMPIC, AGENCY, CHAMBER);
    /** Marks a head that names the football federation only with "لكرة القدم" after its country. */
    private static final String NEEDS_SPORT = "*";
    private static final String ARABIC = "الاتحاد=*|اتحاد=*|الاتحادية=*|الجامعة=*|الجامعة الملكية=*"
            + "|اتحاد الكرة=F|اتحاد كرة القدم=F|الاتحاد الوطني لكرة القدم=F"
            + "|اللجنة الأولمبية=O|اللجنة الأولمبية الوطنية=O|اللجنة الوطنية الأولمبية=O"
            + "|وكالة الأنباء=A|وكالة أنباء=A|وكالة الأنباء الرسمية=A"
            + "|غرفة تجارة وصناعة=C|غرفة التجارة والصناعة=C|غرفة تجارة=C|غرفة التجارة=C"
            + "|لجنة الانتخابات المركزية=E|اللجنة المركزية للانتخابات=E|المفوضية العليا للانتخابات=E"
            + "|المفوضية الوطنية للانتخابات=E|المفوضية الوطنية العليا للانتخابات=E|المفوضية المستقلة للانتخابات=E"
            + "|المفوضية العليا المستقلة للانتخابات=E|اللجنة الوطنية للانتخابات=E|اللجنة العليا للانتخابات=E"
            + "|اللجنة الوطنية المستقلة للانتخابات=E|الهيئة الوطنية للانتخابات=E|الهيئة العليا للانتخابات=E"
            + "|الهيئة العليا المستقلة للانتخابات=E|المجلس الوطني للانتخابات=E|لجنة الانتخابات العليا=E";
    private static final String PERSIAN = "فدراسیون فوتبال=F|کمیته ملی المپیک=O|کمیته المپیک=O"
            + "|خبرگزاری رسمی=A|خبرگزاری دولتی=A|خبرگزاری=A|اتاق بازرگانی=C|اتاق بازرگانی و صنایع=C"
            + "|کمیسیون مرکزی انتخابات=E|کمیسیون عالی انتخابات=E|کمیسیون ملی انتخابات=E|کمیسیون مستقل انتخابات=E"
            + "|کمیسیون مستقل عالی انتخابات=E|کمیسیون عالی مستقل انتخابات=E|کمیسیون انتخاباتی=E"
            + "|شورای ملی انتخابات=E";
    private static final Map<String, PhraseTable> HEADS = Map.of("ar", PhraseTable.parse(ARABIC),
            "fa", PhraseTable.parse(PERSIAN));
    /** Rendered as {@link CountryBodies} renders an electoral body, so the titles it lists serve both. */
    static final String ELECTORAL = "Electoral Commission";
    private static final Map<String, String> KIND_OF = Map.of("F", FOOTBALL, "O", OLYMPIC, "A", AGENCY,
            "C", CHAMBER, "E", ELECTORAL, NEEDS_SPORT, FOOTBALL);
    private static final String[] FOR_FOOTBALL = {TextTokenizer.foldWord("لكرة"), TextTokenizer.foldWord("القدم")};

    private NationalFederations() {
    }

    /** The bodies named in {@code tokens} of a text in {@code language} (ar or fa), in text order. */
    static List<RenderedOrganisations.Hit> scan(List<Token> tokens, LinkedMentions linked, String language) {
        return CountryBodies.scanHeads(tokens, HEADS.get(language), language,
                (candidates, words, i) -> body(candidates, words, i, linked));
    }

    /** The body whose head, among {@code candidates} (longest first), starts at word {@code i}, or null. */
    private static RenderedOrganisations.Hit body(List<PhraseTable.Phrase> candidates, List<Token> tokens, int i,
            LinkedMentions linked) {
        for (PhraseTable.Phrase head : candidates) {
            int k = i + head.words().length;
            if (!head.restAt(tokens, i) || k >= tokens.size()) {
                continue;
            }
            LinkedMentions.Match country = linked.at(tokens, k, EntityKind.COUNTRY);
            int end = country == null ? k : k + country.words();
            if (country == null && "E".equals(head.value())) {
                // "المفوضية العليا للانتخابات في العراق": the country after "في", left out of the name
                country = NationalAgencies.inCountry(tokens, k, linked);
            }
            if (country == null) {
                continue;
            }
            if (NEEDS_SPORT.equals(head.value())) {
                if (!football(tokens, end)) {
                    continue;
                }
                end += FOR_FOOTBALL.length;
            }
            return new RenderedOrganisations.Hit(ofCountry(KIND_OF.get(head.value()), country.tag()), i, end);
        }
        return null;
    }

    private static boolean football(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).folded().equals(FOR_FOOTBALL[0])
                && tokens.get(k + 1).folded().equals(FOR_FOOTBALL[1]);
    }

    private static String ofCountry(String kind, EntityTag country) {
        String name = RenderedOrganisations.ofCountry(kind, country);
        return name == null ? kind + " of " + country.name() : name;
    }
}
