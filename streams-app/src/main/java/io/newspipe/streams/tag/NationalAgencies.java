package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TextTokenizer.foldedWords;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for {@link RenderedOrganisations}, a country's public agencies named in Arabic or Persian by what they
 * do: its statistics office ("الهيئة العامة للإحصاء", "مرکز آمار"), weather service ("المركز الوطني للأرصاد"),
 * civil defence, civil aviation authority, investment authority, stock exchange, journalists' syndicate, trade
 * union federation and national oil company, and its army and armed forces in Arabic ("الجيش اللبناني", "القوات
 * المسلحة الأردنية": Arabic news names them so, and labelled text counts them; Persian "ارتش پاکستان" it does not). The country is the adjective or name right
 * after the head ("البورصة المصرية", "بورصة الكويت"), else the one after "في" ("الهيئة العامة للإحصاء في
 * السعودية"), else the article's main country ({@link LinkedMentions#mainCountry}; Persian news naming none is
 * about Iran); a stock exchange or an army needs its country written next to it. The head renders "[kind] of
 * [country]", which names a body only through the title {@code body-names.tsv} gives that country's agency
 * ({@link BodyNames}): these titles follow no rule, and a country without a listed title gets nothing. Arabic heads may carry proclitics. Immutable and thread-safe.
 */
final class NationalAgencies {
    /** The generic kinds, as rendered before " of [country]"; each is listed-only in {@link BodyNames}. */
    static final List<String> KINDS = List.of("Statistics Office", "Weather Service", "Civil Defence",
            "Civil Aviation Authority", "Investment Authority", "Stock Exchange", "Journalists' Syndicate",
            "Trade Union Federation", "National Oil Company", "Army", "Armed Forces");
    /** Kinds named only with their country written next to them: "البورصة" or "الجيش" alone is any country's. */
    private static final Set<String> EXPLICIT = Set.of("Stock Exchange", "Army", "Armed Forces");
    private static final String STATS = "=Statistics Office|";
    private static final String WEATHER = "=Weather Service|";
    private static final String ARABIC = "الهيئة العامة للإحصاء" + STATS + "هيئة الإحصاء" + STATS
            + "الجهاز المركزي للإحصاء" + STATS + "الجهاز المركزي للتعبئة العامة والإحصاء" + STATS
            + "دائرة الإحصاءات العامة" + STATS + "دائرة الإحصاء" + STATS + "المركز الوطني للإحصاء" + STATS
            + "المركز الوطني للإحصاء والمعلومات" + STATS + "المعهد الوطني للإحصاء" + STATS
            + "الإدارة المركزية للإحصاء" + STATS + "المكتب المركزي للإحصاء" + STATS + "جهاز التخطيط والإحصاء" + STATS
            + "الأرصاد الجوية" + WEATHER + "هيئة الأرصاد الجوية" + WEATHER + "هيئة الأرصاد" + WEATHER
            + "الهيئة العامة للأرصاد الجوية" + WEATHER + "الهيئة العامة للأرصاد" + WEATHER
            + "المركز الوطني للأرصاد" + WEATHER + "المركز الوطني للأرصاد الجوية" + WEATHER
            + "دائرة الأرصاد الجوية" + WEATHER + "إدارة الأرصاد الجوية" + WEATHER + "مديرية الأرصاد الجوية" + WEATHER
            + "المديرية العامة للأرصاد الجوية" + WEATHER + "الهيئة العامة للأنواء الجوية" + WEATHER
            + "الهيئة العامة للأنواء الجوية والرصد الزلزالي" + WEATHER + "هيئة الأنواء الجوية" + WEATHER
            + "الأنواء الجوية" + WEATHER + "الهيئة العامة للأرصاد الجوية والرصد الزلزالي" + WEATHER
            + "الدفاع المدني=Civil Defence|المديرية العامة للدفاع المدني=Civil Defence|جهاز الدفاع المدني=Civil Defence"
            + "|الطيران المدني=Civil Aviation Authority|هيئة الطيران المدني=Civil Aviation Authority"
            + "|الهيئة العامة للطيران المدني=Civil Aviation Authority"
            + "|هيئة الاستثمار=Investment Authority|جهاز الاستثمار=Investment Authority"
            + "|الهيئة العامة للاستثمار=Investment Authority|المؤسسة الوطنية للاستثمار=Investment Authority"
            + "|البورصة=Stock Exchange|بورصة=Stock Exchange|سوق الأسهم=Stock Exchange"
            + "|سوق الأوراق المالية=Stock Exchange|سوق الأسهم الرئيسية=Stock Exchange"
            + "|نقابة الصحفيين=Journalists' Syndicate|نقابة الصحافيين=Journalists' Syndicate"
            + "|النقابة الوطنية للصحفيين=Journalists' Syndicate|النقابة الوطنية للصحافيين=Journalists' Syndicate"
            + "|الاتحاد العام لنقابات العمال=Trade Union Federation|الاتحاد العام لنقابات عمال=Trade Union Federation"
            + "|الاتحاد العام للعمال=Trade Union Federation|الاتحاد العمالي العام=Trade Union Federation"
            + "|شركة النفط الوطنية=National Oil Company|المؤسسة الوطنية للنفط=National Oil Company"
            + "|الهيئة العامة للبترول=National Oil Company|الجيش=Army|القوات المسلحة=Armed Forces";
    private static final String PERSIAN = "مرکز آمار=Statistics Office|سازمان آمار=Statistics Office"
            + "|سازمان هواشناسی=Weather Service|سازمان هواشناسی کشور=Weather Service"
            + "|سازمان هواپیمایی کشوری=Civil Aviation Authority|شرکت ملی نفت=National Oil Company";
    private static final Map<String, PhraseTable> HEADS = Map.of("ar", PhraseTable.parse(ARABIC),
            "fa", PhraseTable.parse(PERSIAN));
    /** Words after which a bare head is a field, not the agency ("وزير الطيران المدني", "خبير الأرصاد الجوية"). */
    private static final Set<String> FIELD_OF = foldedWords("وزارة وزير وزيرة لوزارة بوزارة ووزارة ووزير خبير خبراء"
            + " خبيرة قطاع مجال علم علوم محطة محطات نشرة نشرات طائرات طائرة مطار مطارات كلية معهد مهندس مهندسي"
            + " أسهم شركات مؤشرات مؤشر تداولات");
    private static final String IN_AR = TextTokenizer.foldWord("في");

    private NationalAgencies() {
    }

    /** The agencies named in {@code tokens} of a text in {@code language} (ar or fa), in text order. */
    static List<RenderedOrganisations.Hit> scan(List<Token> tokens, LinkedMentions linked, String language) {
        return CountryBodies.scanHeads(tokens, HEADS.get(language), language, (candidates, words, i) -> {
            PhraseTable.Phrase head = PhraseTable.longestAt(candidates, words, i);
            if (head == null || (i > 0 && FIELD_OF.contains(words.get(i - 1).folded()))) {
                return null;
            }
            return agency(head.value(), words, i, i + head.words().length, linked, language);
        });
    }

    /** The agency of {@code kind} whose head is words [i, k), with its country located after it. */
    private static RenderedOrganisations.Hit agency(String kind, List<Token> tokens, int i, int k,
            LinkedMentions linked, String language) {
        LinkedMentions.Match next = k < tokens.size() ? linked.at(tokens, k, EntityKind.COUNTRY) : null;
        if (next != null) {
            return new RenderedOrganisations.Hit(ofCountry(kind, next.tag()), i, k + next.words());
        }
        boolean explicit = EXPLICIT.contains(kind);
        LinkedMentions.Match in = "ar".equals(language) ? inCountry(tokens, k, linked) : null;
        if (in != null && !explicit) {
            return new RenderedOrganisations.Hit(ofCountry(kind, in.tag()), i, k);
        }
        if (explicit) {
            return null;
        }
        EntityTag main = linked.mainCountry();
        if (main != null) {
            return new RenderedOrganisations.Hit(ofCountry(kind, main), i, k);
        }
        // Persian news that names no country is about Iran, as for its ministries
        return "fa".equals(language) && !linked.anyCountry() ? new RenderedOrganisations.Hit(kind + " of Iran", i, k)
                : null;
    }

    /** The country of Arabic "في [country]" at word {@code k} ("... في السعودية"), or null. */
    static LinkedMentions.Match inCountry(List<Token> tokens, int k, LinkedMentions linked) {
        return k + 1 < tokens.size() && tokens.get(k).folded().equals(IN_AR)
                ? linked.at(tokens, k + 1, EntityKind.COUNTRY) : null;
    }

    private static String ofCountry(String kind, EntityTag country) {
        String name = RenderedOrganisations.ofCountry(kind, country);
        return name == null ? kind + " of " + country.name() : name;
    }
}
