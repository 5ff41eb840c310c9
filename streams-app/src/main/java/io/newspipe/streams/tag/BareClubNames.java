package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for {@link RenderedOrganisations}, the leading football clubs of the Arab and Iranian leagues written by
 * their bare name, which is an ordinary word ("الهلال" crescent, "النصر" victory, "الأهلي", "الاتحاد", "استقلال"
 * independence, "فولاد" steel) and so is not a curated form. Such a name counts only in a match report: the same
 * text (title or body) names at least two clubs of one league, bare or by a curated form ("فاز الهلال على
 * النصر", "تعادل استقلال و پرسپولیس"), and has a football word (مباراة, الدوري, هدف, بازی, لیگ...). A bare name
 * several leagues share ("الأهلي", "النصر", "العربي") is the club of the league the text names most clubs of; a
 * tie names none. Clubs are reported under their curated canonical name. Arabic proclitics are allowed.
 * Immutable and thread-safe.
 */
final class BareClubNames {
    /** A club of {@code country}'s league reported as {@code name}, whose bare form folds to {@code form}. */
    private record Club(String country, String form, String name) {
    }

    /** League by league: country code, then bare form=reported name (the curated rows' names). */
    private static final String TABLE = "SA:الهلال=Al Hilal|النصر=Al Nassr|الاتحاد=Al-Ittihad Club|الأهلي=Al-Ahli Saudi FC"
            + "|الشباب=Al-Shabab FC|الاتفاق=Al-Ettifaq FC|التعاون=Al-Taawoun FC|الفتح=Al-Fateh SC"
            + "|القادسية=Al-Qadsiah FC|الخليج=Al-Khaleej Club|الرائد=Al-Raed FC|الفيحاء=Al-Fayha FC"
            + "|الوحدة=Al-Wehda Club|الأخدود=Al-Okhdood Club|الخلود=Al-Kholood Club|الحزم=Al-Hazem SC|ضمك=Damac FC"
            + ";EG:الأهلي=Al Ahly|الزمالك=Zamalek|الإسماعيلي=Ismaily SC|سموحة=Smouha SC|بيراميدز=Pyramids FC"
            + "|إنبي=ENPPI SC"
            + ";QA:السد=Al Sadd SC|الدحيل=Al-Duhail SC|الغرافة=Al-Gharafa SC|الريان=Al-Rayyan SC|العربي=Al-Arabi SC"
            + "|الوكرة=Al-Wakrah SC|الأهلي=Al Ahli SC|الشمال=Al-Shamal SC|الخور=Al-Khor SC|السيلية=Al-Sailiya SC"
            + ";AE:العين=Al Ain FC|الوحدة=Al-Wahda FC|الجزيرة=Al Jazira Club|الوصل=Al-Wasl F.C.|النصر=Al-Nasr SC"
            + "|الشارقة=Sharjah FC"
            + ";KW:القادسية=Qadsia SC|العربي=Al-Arabi SC|السالمية=Al-Salmiya SC|كاظمة=Kazma SC"
            + ";IQ:الزوراء=Al-Zawraa SC|الشرطة=Al-Shorta SC|الطلبة=Al-Talaba SC|الجوية=Al-Quwa Al-Jawiya"
            + ";JO:الفيصلي=Al-Faisaly SC|الوحدات=Al-Wehdat SC|الرمثا=Al-Ramtha SC|الحسين=Al-Hussein SC"
            + ";LB:العهد=Al-Ahed FC|الأنصار=Al-Ansar FC|النجمة=Nejmeh SC"
            + ";MA:الرجاء=Raja CA|الوداد=Wydad AC"
            + ";TN:الترجي=Espérance Sportive de Tunis|الإفريقي=Club Africain|الأفريقي=Club Africain"
            + "|الصفاقسي=CS Sfaxien"
            + ";SD:الهلال=Al-Hilal Club|المريخ=Al-Merrikh SC"
            + ";BH:المحرق=Al-Muharraq SC|الرفاع=Al-Riffa SC"
            + ";IR:استقلال=Esteghlal F.C.|الاستقلال=Esteghlal F.C.|پرسپولیس=Persepolis F.C.|سپاهان=Sepahan S.C."
            + "|تراکتور=Tractor S.C.|فولاد=Foolad F.C.|ملوان=Malavan F.C.|پیکان=Paykan F.C."
            + "|چادرملو=Chadormalu Ardakan F.C.|خیبر=Kheybar Khorramabad F.C.|نساجی=Nassaji Mazandaran F.C.";
    /** The longest curated mention looked for, in words. */
    private static final int MAX_WORDS = 6;
    private static final Map<String, List<Club>> BY_FORM = new HashMap<>();
    /** Reported name → country, to count the clubs a curated form named. */
    private static final Map<String, String> COUNTRY_OF = new HashMap<>();
    /** Words of a football report, Arabic and Persian (folded). */
    private static final Set<String> FOOTBALL_WORDS = TextTokenizer.foldedWords("مباراة المباراة مباراته مباراتها"
            + " الدوري دوري هدف هدفا هدفين أهداف بهدف بهدفين لاعب اللاعب لاعبي مدرب المدرب ملعب الملعب فاز فوز"
            + " تعادل خسر الجولة البطولة كأس نقاط نقطة ديربي الكلاسيكو الشوط ركلة جزاء"
            + " بازی مسابقه لیگ گل بازیکن سرمربی ورزشگاه پیروزی تساوی شکست دربی جام امتیاز");

    /** Words before a bare name that make it another body's. */
    private static final Set<String> NOT_A_CLUB_AFTER = TextTokenizer.foldedWords("البنك بنك مصرف المصرف الشركة"
            + " شركة حزب الحزب جبهة الجبهة حركة الحركة ائتلاف تحالف التحالف جمعية الجمعية مجلس المجلس بانک شرکت حزب");

    static {
        for (String league : TABLE.split(";")) {
            String cc = league.substring(0, 2);
            for (String item : league.substring(3).split("\\|")) {
                int eq = item.indexOf('=');
                String form = TextTokenizer.foldWord(item.substring(0, eq));
                Club club = new Club(cc, form, item.substring(eq + 1));
                BY_FORM.computeIfAbsent(form, f -> new ArrayList<>()).add(club);
                COUNTRY_OF.put(club.name(), cc);
            }
        }
    }

    private BareClubNames() {
    }

    /** The clubs named bare in {@code tokens} of a match report in Arabic or Persian, in text order. */
    static List<RenderedOrganisations.Hit> scan(List<Token> tokens, LinkedMentions linked, String language,
            List<EntityTag> curated) {
        List<RenderedOrganisations.Hit> out = new ArrayList<>();
        if (!"ar".equals(language) && !"fa".equals(language) || !footballReport(tokens)) {
            return out;
        }
        Map<String, EntityTag> organisations = organisationMentions(curated);
        Map<Integer, List<Club>> bare = new LinkedHashMap<>();
        Map<String, Set<String>> clubsByLeague = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            int words = organisationAt(tokens, i, organisations);
            if (words > 0) {
                // a curated organisation's words are its own ("الاتحاد الأوروبي"); a curated club counts
                String name = organisations.get(key(tokens, i, words)).name();
                String cc = COUNTRY_OF.get(name);
                if (cc != null) {
                    clubsByLeague.computeIfAbsent(cc, c -> new HashSet<>()).add(name);
                }
                i += words - 1;
                continue;
            }
            List<Club> clubs = clubsAt(tokens.get(i).folded());
            if (clubs != null && !otherBody(tokens, i, linked)) {
                bare.put(i, clubs);
                clubs.forEach(c -> clubsByLeague.computeIfAbsent(c.country(), k -> new HashSet<>()).add(c.name()));
            }
        }
        String league = league(clubsByLeague);
        if (league == null) {
            return out;
        }
        bare.forEach((i, clubs) -> {
            for (Club c : clubs) {
                if (c.country().equals(league)) {
                    out.add(new RenderedOrganisations.Hit(c.name(), i, i + 1));
                }
            }
        });
        return out;
    }

    /** The curated organisations by the folded words of each mention. */
    private static Map<String, EntityTag> organisationMentions(List<EntityTag> curated) {
        Map<String, EntityTag> out = new HashMap<>();
        for (EntityTag tag : curated) {
            if (tag.type() == EntityKind.ORGANIZATION) {
                for (String mention : tag.mentions()) {
                    List<Token> words = TextTokenizer.tokens(mention);
                    out.putIfAbsent(key(words, 0, Math.min(words.size(), MAX_WORDS)), tag);
                }
            }
        }
        return out;
    }

    /** The number of words of the longest curated organisation mention at word {@code i}, or 0. */
    private static int organisationAt(List<Token> tokens, int i, Map<String, EntityTag> organisations) {
        for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
            if (organisations.containsKey(key(tokens, i, n))) {
                return n;
            }
        }
        return 0;
    }

    private static String key(List<Token> tokens, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + n && k < tokens.size(); k++) {
            sb.append(k == from ? "" : " ").append(tokens.get(k).folded());
        }
        return sb.toString();
    }

    /** The league with the most clubs named, at least two; null on a tie. */
    private static String league(Map<String, Set<String>> clubsByLeague) {
        String best = null;
        int most = 1;
        boolean tie = false;
        for (Map.Entry<String, Set<String>> e : clubsByLeague.entrySet()) {
            int n = e.getValue().size();
            if (n > most) {
                best = e.getKey();
                most = n;
                tie = false;
            } else if (n == most && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Whether the word at {@code i} names another body: a country after it ("الاتحاد السعودي" is the federation)
     * or a bank, company, party or movement before it ("البنك الأهلي").
     */
    private static boolean otherBody(List<Token> tokens, int i, LinkedMentions linked) {
        return (i + 1 < tokens.size() && linked.at(tokens, i + 1, EntityKind.COUNTRY) != null)
                || (i > 0 && NOT_A_CLUB_AFTER.contains(tokens.get(i - 1).folded()));
    }

    private static boolean footballReport(List<Token> tokens) {
        for (Token t : tokens) {
            if (FOOTBALL_WORDS.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    /** The clubs whose bare form is the folded word, behind Arabic proclitics ("والهلال", "للنصر"), or null. */
    private static List<Club> clubsAt(String folded) {
        List<Club> clubs = BY_FORM.get(folded);
        for (int cut = 1; clubs == null && cut <= 2 && cut < folded.length() - 2; cut++) {
            if ("وفبلك".indexOf(folded.charAt(cut - 1)) < 0) {
                return null;
            }
            String rest = folded.substring(cut);
            List<Club> found = BY_FORM.get(rest.startsWith("ل") && !rest.startsWith("ال") ? "ا" + rest : rest);
            if (found != null && ArabicScriptBodies.head(folded, found.get(0).form())) {
                clubs = found;
            }
        }
        return clubs;
    }
}
