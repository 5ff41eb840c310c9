package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TextTokenizer.foldedWords;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Government portfolios as written after "ministère de", "وزارة" and "وزارت", with their English names
 * ("affaires étrangères", "الخارجية", "امور خارجه" → "Foreign Affairs"): general vocabulary of how
 * ministries are named, matched word by word on folded words, longest first. Immutable and thread-safe.
 */
final class Portfolios {
    private static final String FRENCH = "intérieur=Interior|affaires étrangères=Foreign Affairs"
            + "|europe et des affaires étrangères=Europe and Foreign Affairs|armées=Armed Forces|défense=Defence"
            + "|défense nationale=National Defence|justice=Justice|santé=Health|santé publique=Public Health"
            + "|économie=Economy|économie et des finances=Economy and Finance|économie des finances=Economy and Finance"
            + "|finances=Finance|budget=Budget|éducation=Education|éducation nationale=National Education"
            + "|enseignement supérieur=Higher Education"
            + "|enseignement supérieur et de la recherche=Higher Education and Research"
            + "|enseignement supérieur et de la recherche scientifique=Higher Education and Scientific Research"
            + "|agriculture=Agriculture|travail=Labour|emploi=Employment|culture=Culture|transports=Transport"
            + "|environnement=Environment|transition écologique=Ecological Transition|énergie=Energy"
            + "|énergie et des mines=Energy and Mines|mines=Mines|hydrocarbures=Hydrocarbons|pétrole=Petroleum"
            + "|commerce=Trade|industrie=Industry|tourisme=Tourism|communication=Communication"
            + "|information=Information|sports=Sports|jeunesse et des sports=Youth and Sports"
            + "|affaires religieuses=Religious Affairs|affaires sociales=Social Affairs|habitat=Housing"
            + "|logement=Housing|pêche=Fisheries|eau=Water|solidarité=Solidarity|numérique=Digital Affairs"
            + "|fonction publique=Civil Service|action humanitaire=Humanitarian Action|outre mer=Overseas"
            + "|affaires étrangères et de la coopération=Foreign Affairs and Cooperation"
            + "|affaires étrangères et de la coopération internationale=Foreign Affairs and International Cooperation"
            + "|intérieur et de la sécurité=Interior and Security|santé et de l'action sociale=Health and Social Action"
            + "|santé et de la population=Health and Population"
            + "|défense et des anciens combattants=Defence and Veterans Affairs|habous et des affaires islamiques"
            + "=Habous and Islamic Affairs|équipement et de l'eau=Equipment and Water"
            + "|trésor=Treasury|sécurité intérieure=Homeland Security|transition énergétique=Energy Transition|agriculture et de la pêche=Agriculture and Fisheries";
    private static final String ARABIC = "الخارجية=Foreign Affairs|الداخلية=Interior|الدفاع=Defence"
            + "|الصحة=Health|الصحة العامة=Public Health|المالية=Finance|الاقتصاد=Economy"
            + "|الاقتصاد والمالية=Economy and Finance|الاقتصاد والتجارة=Economy and Trade|التجارة=Trade"
            + "|التربية=Education|التربية والتعليم=Education|التعليم=Education|التعليم العالي=Higher Education"
            + "|التعليم العالي والبحث العلمي=Higher Education and Scientific Research|العدل=Justice"
            + "|الزراعة=Agriculture|النفط=Oil|الطاقة=Energy|الكهرباء=Electricity|الموارد المائية=Water Resources"
            + "|الموارد المائية والري=Water Resources and Irrigation|النقل=Transport|الاتصالات=Communications"
            + "|الثقافة=Culture|السياحة=Tourism|الإعلام=Information|العمل=Labour|الشؤون الاجتماعية=Social Affairs"
            + "|الأوقاف=Awqaf|الشباب والرياضة=Youth and Sports|الرياضة=Sports|البيئة=Environment|الإسكان=Housing"
            + "|الصناعة=Industry|الهجرة=Migration|التخطيط=Planning|الري=Irrigation"
            + "|الخارجية والمغتربين=Foreign Affairs and Expatriates|الشؤون الخارجية=Foreign Affairs"
            + "|الداخلية والبلديات=Interior and Municipalities|الصحة والسكان=Health and Population"
            + "|الصحة العامة والسكان=Health and Population|التضامن الاجتماعي=Social Solidarity"
            + "|الشؤون الدينية=Religious Affairs|الأوقاف والشؤون الإسلامية=Awqaf and Islamic Affairs"
            + "|الشؤون الإسلامية=Islamic Affairs|الدفاع الوطني=National Defence|الاقتصاد الوطني=National Economy"
            + "|الطاقة والمعادن=Energy and Minerals|الطاقة والمناجم=Energy and Mines"
            + "|البترول والثروة المعدنية=Petroleum and Mineral Resources|النقل والمواصلات=Transport and Communications"
            + "|الاتصالات وتكنولوجيا المعلومات=Communications and Information Technology"
            + "|الثقافة والإعلام=Culture and Information|الحج والعمرة=Hajj and Umrah"
            + "|الشؤون البلدية والقروية=Municipal and Rural Affairs|العمل والشؤون الاجتماعية=Labour and Social Affairs"
            + "|الخزانة=Treasury|الأمن الداخلي=Homeland Security|الموارد البشرية=Human Resources|التربية الوطنية=National Education|الإسكان والتعمير=Housing and Construction"
            + "|التخطيط والتعاون الدولي=Planning and International Cooperation|الاستثمار=Investment"
            + "|التجارة والصناعة=Trade and Industry|الصناعة والتجارة=Industry and Trade|الكهرباء والطاقة=Electricity and Energy"
            + "|الزراعة والثروة الحيوانية=Agriculture and Livestock|المياه والري=Water and Irrigation"
            + "|التعليم العالي والبحث العلمي والابتكار=Higher Education, Scientific Research and Innovation"
            + "|العدل والحريات=Justice and Liberties|البيئة والمياه والزراعة=Environment, Water and Agriculture"
            // Maghreb, Levant and Gulf names of the same portfolios, and portfolios every Arab cabinet has
            + "|الفلاحة=Agriculture|الصيد البحري=Maritime Fisheries|التشغيل=Employment|الاتصال=Communication"
            + "|التشغيل والتكوين المهني=Employment and Vocational Training|التكوين المهني=Vocational Training"
            + "|الأشغال العمومية=Public Works|الأشغال العامة=Public Works|الأشغال العامة والإسكان=Public Works and Housing"
            + "|التجهيز=Equipment|التجهيز والماء=Equipment and Water|التجهيز والنقل=Equipment and Transport"
            + "|المياه=Water|الإدارة المحلية=Local Administration|الحكم المحلي=Local Government"
            + "|التنمية المحلية=Local Development|التنمية الاجتماعية=Social Development|البلديات=Municipalities"
            + "|الموارد البشرية والتنمية الاجتماعية=Human Resources and Social Development"
            + "|البلديات والإسكان=Municipalities and Housing|الهجرة والمهجرين=Migration and Displacement"
            + "|التموين=Supply|التموين والتجارة الداخلية=Supply and Internal Trade|التجارة الخارجية=Foreign Trade"
            + "|الاستثمار والتجارة الخارجية=Investment and Foreign Trade|التغير المناخي والبيئة=Climate Change and Environment"
            + "|شؤون المرأة=Women's Affairs|الشباب=Youth|الثقافة والشباب=Culture and Youth|الآثار=Antiquities"
            + "|السياحة والآثار=Tourism and Antiquities|الطيران المدني=Civil Aviation|الإنتاج الحربي=Military Production"
            + "|الصناعة والثروة المعدنية=Industry and Mineral Resources|الاقتصاد والتخطيط=Economy and Planning"
            + "|الاتصالات وتقنية المعلومات=Communications and Information Technology|النفط والغاز=Oil and Gas"
            + "|الطاقة والمياه=Energy and Water|الشؤون الاجتماعية والعمل=Social Affairs and Labour"
            + "|حقوق الإنسان=Human Rights|البنية التحتية=Infrastructure";
    private static final String PERSIAN = "امور خارجه=Foreign Affairs|خارجه=Foreign Affairs|کشور=Interior"
            + "|دفاع=Defence|بهداشت=Health|بهداشت درمان و آموزش پزشکی=Health and Medical Education"
            + "|اقتصاد=Economy|امور اقتصادی و دارایی=Economic Affairs and Finance|آموزش و پرورش=Education"
            + "|علوم=Science|علوم تحقیقات و فناوری=Science, Research and Technology|دادگستری=Justice"
            + "|نفت=Petroleum|نیرو=Energy|جهاد کشاورزی=Agriculture Jihad|کشاورزی=Agriculture"
            + "|راه و شهرسازی=Roads and Urban Development|ارتباطات=Communications"
            + "|ارتباطات و فناوری اطلاعات=Information and Communications Technology|فرهنگ و ارشاد اسلامی"
            + "=Culture and Islamic Guidance|ورزش و جوانان=Sports and Youth|اطلاعات=Intelligence"
            + "|تعاون کار و رفاه اجتماعی=Cooperatives, Labour, and Social Welfare"
            + "|صنعت معدن و تجارت=Industry, Mine and Trade|خزانه‌داری=Treasury|امنیت داخلی=Homeland Security|میراث فرهنگی گردشگری و صنایع دستی"
            + "=Cultural Heritage, Tourism and Handicrafts"
            // foreign and Afghan cabinets' portfolios as Persian news writes them ("وزارت بازرگانی ترکیه", "وزارت معارف")
            + "|بازرگانی=Trade|تجارت=Trade|معارف=Education|کار=Labour|فرهنگ=Culture|ورزش=Sports|صنعت=Industry"
            + "|گردشگری=Tourism|آموزش عالی=Higher Education|انرژی=Energy|حمل و نقل=Transport|مسکن=Housing";
    /** English, after "Ministry of". */
    private static final String ENGLISH = "interior=Interior|the interior=Interior|foreign affairs=Foreign Affairs"
            + "|defence=Defence|defense=Defence|health=Health|public health=Public Health|finance=Finance"
            + "|economy=Economy|economy and finance=Economy and Finance|education=Education"
            + "|national education=National Education|higher education=Higher Education|justice=Justice|oil=Oil"
            + "|petroleum=Petroleum|agriculture=Agriculture|trade=Trade|labour=Labour|labor=Labor|energy=Energy"
            + "|transport=Transport|culture=Culture|information=Information|water resources=Water Resources"
            + "|electricity=Electricity|tourism=Tourism|communications=Communications"
            + "|religious affairs=Religious Affairs|youth and sports=Youth and Sports|environment=Environment"
            + "|housing=Housing|industry=Industry|planning=Planning|social affairs=Social Affairs";
    /** English, before "Ministry" ("Foreign Ministry"). */
    private static final String ENGLISH_BEFORE = "foreign=Foreign Affairs|interior=Interior|defence=Defence"
            + "|defense=Defence|health=Health|finance=Finance|economy=Economy|education=Education|justice=Justice"
            + "|oil=Oil|petroleum=Petroleum|agriculture=Agriculture|trade=Trade|labour=Labour|labor=Labor"
            + "|energy=Energy|information=Information|culture=Culture|transport=Transport|electricity=Electricity"
            + "|tourism=Tourism|water resources=Water Resources|higher education=Higher Education"
            + "|religious affairs=Religious Affairs|environment=Environment|planning=Planning"
            + "|communications=Communications|housing=Housing|industry=Industry";
    /** A HashMap never changed after class init: asked at every capitalised English word, where Map.of's probe costs a modulo. */
    private static final Map<String, PhraseTable> BY_LANGUAGE = new java.util.HashMap<>(Map.of("fr", PhraseTable.parse(FRENCH),
            "ar", PhraseTable.parse(ARABIC), "fa", PhraseTable.parse(PERSIAN), "en", PhraseTable.parse(ENGLISH), "en-before", PhraseTable.parse(ENGLISH_BEFORE)));

    private Portfolios() {
    }

    /**
     * The longest portfolio of {@code language} starting at word {@code i}, or null; {@code "en-before"} reads
     * the English portfolio written before "Ministry".
     */
    static PhraseTable.Phrase at(String language, List<Token> tokens, int i) {
        PhraseTable table = BY_LANGUAGE.get(language);
        if (table == null || i >= tokens.size()) {
            return null;
        }
        return PhraseTable.longestAt(table.startingWith(tokens.get(i).folded()), tokens, i);
    }

    /**
     * Whether the portfolio read up to word {@code end} goes on with another one ("التعليم العالي والبحث العلمي
     * والابتكار" read as far as "العالي", "Higher Education, Scientific Research and Innovation" as far as
     * "Education"): the ministry's name is then longer than the words read, and is better not named at all than
     * named wrong.
     *
     * @param text the text, for the punctuation between words; may be null for Arabic and Persian
     */
    static boolean continues(String language, String text, List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        String f = tokens.get(end).folded();
        return switch (language) {
            case "ar" -> f.length() > 3 && f.startsWith("و") && portfolioWord("ar", f.substring(1));
            case "fa" -> f.equals("و") && end + 1 < tokens.size() && portfolioWord("fa", tokens.get(end + 1).folded());
            case "fr" -> f.equals("et") && frenchContinues(tokens, end + 1);
            default -> text != null && englishContinues(text, tokens, end);
        };
    }

    /** "… et de la Recherche": link words, then a capitalised portfolio word. */
    private static boolean frenchContinues(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && j - k < 2 && FRENCH_LINKS.contains(tokens.get(j).folded())) {
            j++;
        }
        return j > k && j < tokens.size() && tokens.get(j).capitalised();
    }

    private static boolean englishContinues(String text, List<Token> tokens, int end) {
        Token next = tokens.get(end);
        String between = text.substring(tokens.get(end - 1).end(), next.start()).strip();
        if (between.equals(",") && next.capitalised() && !next.sentenceStart()) {
            return portfolioWord("en", next.folded()) || CONTINUING_EN.contains(next.folded());
        }
        return between.isEmpty() && next.folded().equals("and") && end + 1 < tokens.size()
                && tokens.get(end + 1).capitalised();
    }

    private static boolean portfolioWord(String language, String folded) {
        return BY_LANGUAGE.get(language).startingWith(folded) != null || CONTINUING.contains(folded);
    }

    /** Words that go on a portfolio beyond the table's entries ("والابتكار", "و فناوری"). */
    private static final Set<String> CONTINUING = foldedWords("البحث الابتكار التكنولوجيا الرقمنة السكان التنمية"
            + " المغتربين التعاون التطوير التحديث الإصلاح الشباب الأسرة المرأة الطفولة التدريب التشغيل الحماية الآثار"
            + " المواصلات البلديات الإرشاد المعادن المناجم فناوری تحقیقات رفاه گردشگری صنایع شهرسازی");
    /** The words that link a French body to its portfolio or country ("ministère de l'Intérieur", "marine du Mali"). */
    static final Set<String> FRENCH_LINKS = Set.of("de", "du", "des", "d", "l", "la");
    private static final Set<String> CONTINUING_EN = foldedWords("scientific research innovation technology science"
            + " youth sports women family population development investment");
}
