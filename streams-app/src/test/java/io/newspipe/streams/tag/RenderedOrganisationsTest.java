package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedOrganisationsTest {
    private static EntityTag organisation(String language, String title, String body, String name) {
        return TaggedText.entities(language, title, body).stream()
                .filter(t -> t.type() == EntityKind.ORGANIZATION && t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void frenchMinistryWithItsCountryAdjectiveIsNamedInEnglish() {
        EntityTag m = organisation("fr", "Tensions diplomatiques",
                "Le ministère tunisien des Affaires étrangères a convoqué lundi l'ambassadeur, a indiqué la presse"
                        + " locale. Le ministère tunisien des Affaires étrangères n'a pas donné d'autre précision.",
                "Tunisian Ministry of Foreign Affairs");
        assertThat(m.mentions()).containsExactly("ministère tunisien des Affaires étrangères");
        assertThat(m.count()).isEqualTo(2);
    }

    @Test
    void frenchMinistryTakesTheArticlesOnlyCountryAndNoneWhenSeveral() {
        assertThat(organisations("fr", "Le Sénégal lance sa campagne agricole",
                "Au Sénégal, le ministère de l'Agriculture a distribué des semences aux producteurs de la région."))
                .contains("Senegalese Ministry of Agriculture");
        assertThat(organisations("fr", "Récoltes en baisse",
                "Le Sénégal et le Mali manquent de pluie, et le ministère de l'Agriculture s'inquiète des récoltes."))
                .noneMatch(n -> n.contains("Ministry"));
    }

    @Test
    void frenchMinistryWithoutAnyCountryKeepsTheBareName() {
        assertThat(organisations("fr", "Rentrée scolaire",
                "Le ministère de l'Éducation nationale prévoit l'embauche de contractuels pour remplacer les"
                        + " enseignants absents dans les collèges."))
                .contains("Ministry of National Education");
    }

    @Test
    void frenchCentralBankNeedsItsCountryNextToIt() {
        assertThat(organisations("fr", "Taux directeur",
                "La Banque centrale de Tunisie a relevé son taux directeur mardi pour freiner l'inflation."))
                .contains("Central Bank of Tunisia");
        assertThat(organisations("fr", "Taux directeur",
                "La banque centrale a relevé son taux directeur mardi pour freiner l'inflation au Maroc."))
                .noneMatch(n -> n.contains("Central Bank"));
    }

    @Test
    void frenchAssemblyIsFrancesWhenNoCountryIsNamed() {
        assertThat(organisations("fr", "Budget adopté",
                "L'Assemblée nationale a adopté jeudi le projet de budget après un long débat entre les groupes."))
                .contains("National Assembly of France");
        assertThat(organisations("fr", "Budget adopté",
                "Au Sénégal, l'Assemblée nationale a adopté jeudi le projet de budget après un long débat."))
                .contains("National Assembly of Senegal");
    }

    @Test
    void arabicMinistryWithCountryAdjectiveAndProclitic() {
        List<String> orgs = organisations("ar", "إجراءات جديدة للمدارس",
                "أعلنت وزارة الصحة الأردنية اليوم عن حملة تطعيم جديدة، وقالت إن المدارس ستشارك فيها بالتنسيق مع"
                        + " وزارة التربية والتعليم الأردنية.");
        assertThat(orgs).contains("Jordanian Ministry of Health", "Jordanian Ministry of Education");
    }

    @Test
    void arabicCentralBankNeedsTheCountryAdjective() {
        assertThat(organisations("ar", "أسعار الفائدة",
                "قرر البنك المركزي التونسي رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية لمواجهة التضخم."))
                .contains("Central Bank of Tunisia");
        assertThat(organisations("ar", "أسعار الفائدة",
                "قرر البنك المركزي رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية لمواجهة التضخم في تونس."))
                .noneMatch(n -> n.contains("Central Bank"));
    }

    @Test
    void persianMinistryAndUniversityAfterAKnownPlace() {
        List<String> orgs = organisations("fa", "برگزاری همایش در تبریز",
                "وزارت امور خارجه ترکیه روز دوشنبه اعلام کرد که هیئتی به دانشگاه تبریز سفر خواهد کرد تا درباره"
                        + " همکاری های علمی گفت و گو کند.");
        assertThat(orgs).contains("Turkish Ministry of Foreign Affairs", "University of Tabriz");
    }

    @Test
    void persianMedicalUniversityPutsThePlaceFirst() {
        assertThat(organisations("fa", "واکسیناسیون دانشجویان",
                "دانشگاه علوم پزشکی شیراز اعلام کرد که واکسیناسیون دانشجویان از هفته آینده آغاز می شود."))
                .contains("Shiraz University of Medical Sciences");
    }

    @Test
    void englishPossessiveAndAdjectiveFormsAreNamedWithOf() {
        List<String> orgs = organisations("en", "Rates rise again",
                "Ghana's central bank raised its policy rate on Monday, a week after the Ghanaian Senate approved"
                        + " the budget. Officials said more increases were possible.");
        assertThat(orgs).contains("Bank of Ghana");
    }

    @Test
    void englishComplementStopsBeforeACalendarWord() {
        assertThat(organisations("en", "Court hears appeal",
                "The Supreme Court of Kenya on Tuesday began hearing an appeal against the election result."))
                .contains("Supreme Court of Kenya");
    }

    @Test
    void wordsTheDictionaryLinkedAsAnOrganisationAreNotRenderedAgain() {
        List<String> orgs = organisations("fr", "La BCE maintient ses taux",
                "La Banque centrale européenne a maintenu jeudi ses taux directeurs inchangés.");
        assertThat(orgs).contains("European Central Bank").noneMatch(n -> n.startsWith("Central Bank of"));
    }

    @Test
    void englishMinistriesAreNamedLikeTheOtherLanguages() {
        List<String> orgs = organisations("en", "Oil exports fall",
                "Iraq's Oil Ministry said exports fell in March, and the Ministry of Finance warned of a budget gap.");
        assertThat(orgs).contains("Iraqi Ministry of Oil", "Iraqi Ministry of Finance")
                .noneMatch(n -> n.equals("Oil Ministry") || n.equals("Ministry of Finance"));
        assertThat(organisations("en", "Talks stall",
                "Officials from Kenya and Uganda met on Monday, but the Foreign Ministry gave no details."))
                .noneMatch(n -> n.contains("Ministry"));
    }

    @Test
    void arabicAssembliesTakeTheAdjacentOrOnlyCountry() {
        assertThat(organisations("ar", "جلسة برلمانية",
                "صوت مجلس النواب الأردني على قانون الانتخاب الجديد بعد نقاش طويل استمر حتى المساء."))
                .anyMatch(n -> n.endsWith("of Jordan"));
        assertThat(organisations("ar", "جلسة برلمانية",
                "في الجزائر، صادق مجلس الأمة على قانون المالية بعد نقاش طويل استمر حتى المساء."))
                .contains("Council of the Nation");
        assertThat(organisations("ar", "جلسة برلمانية",
                "صادق مجلس الأمة على قانون المالية بعد نقاش طويل استمر حتى المساء."))
                .noneMatch(n -> n.contains("Assembly") || n.contains("Council"));
    }

    @Test
    void ministriesKeepTheirCountrysOfficialPortfolio() {
        assertThat(organisations("fa", "هشدار درباره آنفلوانزا",
                "وزارت بهداشت روز دوشنبه از افزایش موارد آنفلوانزا در مدارس خبر داد و خواستار رعایت نکات بهداشتی شد."))
                .contains("Ministry of Health and Medical Education");
        assertThat(organisations("ar", "حملة صحية",
                "أطلقت وزارة الصحة المصرية حملة للكشف المبكر عن الأمراض المزمنة في المدارس."))
                .contains("Egyptian Ministry of Health and Population");
        assertThat(organisations("ar", "حملة صحية",
                "أطلقت وزارة الصحة الأردنية حملة للكشف المبكر عن الأمراض المزمنة في المدارس."))
                .contains("Jordanian Ministry of Health");
    }

    @Test
    void americanMinistriesAreDepartments() {
        assertThat(organisations("ar", "عقوبات جديدة",
                "أعلنت وزارة الخارجية الأمريكية عقوبات جديدة، فيما قالت الخزانة الأمريكية إنها جمدت أصول شركتين."))
                .contains("US Department of State", "US Department of the Treasury")
                .noneMatch(n -> n.contains("Ministry"));
        assertThat(organisations("fr", "Sanctions",
                "Le ministère américain de la Culture n'existe pas, rappelle un diplomate."))
                .noneMatch(n -> n.contains("Ministry") || n.contains("Department"));
    }

    @Test
    void americanBodiesKeepTheirOwnNames() {
        assertThat(organisations("fr", "Vote au Congrès",
                "Le Sénat américain a adopté le texte, mais la banque centrale des États-Unis reste prudente."))
                .contains("United States Senate").noneMatch(n -> n.startsWith("Central Bank of"));
    }

    @Test
    void ministryOnlyOneGovernmentHasIsNamedAmongSeveralCountries() {
        assertThat(organisations("ar", "تأشيرات الحج",
                "قالت وزارة الحج والعمرة إن حجاج مصر والأردن والمغرب سيصلون عبر مطار جدة الأسبوع المقبل."))
                .contains("Ministry of Hajj and Umrah");
        assertThat(organisations("ar", "رواتب المعلمين",
                "قالت وزارة التربية إن معلمي مصر والأردن والمغرب سيتلقون رواتبهم الأسبوع المقبل."))
                .noneMatch(n -> n.contains("Ministry"));
    }

    @Test
    void peoplesAssemblyIsSyriasOnly() {
        assertThat(organisations("ar", "انتخابات تشريعية",
                "أعلنت اللجنة العليا أن انتخابات مجلس الشعب في سوريا ستجرى الشهر المقبل في كل المحافظات."))
                .contains("People's Assembly of Syria");
        assertThat(organisations("ar", "انتخابات تشريعية",
                "أعلنت اللجنة العليا أن انتخابات مجلس الشعب في الصين ستجرى الشهر المقبل في كل المقاطعات."))
                .noneMatch(n -> n.startsWith("People's Assembly"));
    }
}
